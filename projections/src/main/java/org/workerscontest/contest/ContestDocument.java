package org.workerscontest.contest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestLevel;

/**
 * One document per contest, its teams inside, so that "a contest with its teams" is one read by _id.
 */
@Document("contests")
public record ContestDocument(@Id String id, String name, ContestLevel level, String organizer, LocalDate startDate,
                              LocalDate endDate, Instant createdAt, int activeTeamCount, List<TeamEntry> teams) {

    public ContestDocument {
        // A list query leaves the teams out; the count stays right.
        teams = teams == null ? List.of() : teams;
    }

    /** Team id → name of the teams still competing, in registration order. */
    public Map<String, String> activeTeamNames() {
        Map<String, String> names = new LinkedHashMap<>();
        teams.stream().filter(team -> !team.withdrawn()).forEach(team -> names.put(team.teamId(), team.name()));
        return names;
    }

    public ContestDocument withTeams(List<TeamEntry> newTeams) {
        int active = (int) newTeams.stream().filter(team -> !team.withdrawn()).count();
        return new ContestDocument(id, name, level, organizer, startDate, endDate, createdAt, active, newTeams);
    }
}
