package org.workerscontest.scoring;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("appeals")
public record AppealDocument(@Id String id, String disciplineId, String contestId, String competitorId,
                             String competitorName, String teamId, String reason, State state, Instant filedAt,
                             String filedBy, String decisionReason, Instant decidedAt, String decidedBy) {

    public enum State {
        OPEN, UPHELD, DISMISSED
    }
}
