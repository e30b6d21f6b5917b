package org.workerscontest.innovation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestLevel;

@Document("studios")
public record StudioDocument(@Id String id, String name, ContestLevel level, String leaderId, String unit,
                             List<String> memberIds, LocalDate namedOn) {

    public StudioDocument {
        memberIds = memberIds == null ? List.of() : memberIds;
    }
}
