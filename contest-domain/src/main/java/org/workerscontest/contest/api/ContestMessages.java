package org.workerscontest.contest.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands and events of contests and their teams: the published language of this feature. */
public final class ContestMessages {

    private ContestMessages() {
    }

    public static final int MAX_CONTEST_NAME = 100;
    public static final int MAX_ORGANIZER = 100;
    public static final int MAX_TEAM_NAME = 50;
    public static final int MAX_AREA = 50;
    public static final int MAX_LEADER = 30;
    public static final int MAX_REASON = 500;

    // Commands

    public record CreateContest(@TargetAggregateIdentifier String contestId, String name, ContestLevel level,
                                String organizer, LocalDate startDate, LocalDate endDate) {
    }

    public record RegisterTeam(@TargetAggregateIdentifier String contestId, String teamId, String name,
                               TeamKind kind, String area, String leader, String phone) {
    }

    public record RenameTeam(@TargetAggregateIdentifier String contestId, String teamId, String name) {
    }

    public record UpdateTeamContact(@TargetAggregateIdentifier String contestId, String teamId, String leader,
                                    String phone) {
    }

    public record WithdrawTeam(@TargetAggregateIdentifier String contestId, String teamId, String reason) {
    }

    // Events

    public record ContestCreated(String contestId, String name, ContestLevel level, String organizer,
                                 LocalDate startDate, LocalDate endDate) {
    }

    public record TeamRegistered(String contestId, String teamId, String name, TeamKind kind, String area,
                                 String leader, String phone) {
    }

    public record TeamRenamed(String contestId, String teamId, String oldName, String name) {
    }

    public record TeamContactUpdated(String contestId, String teamId, String name, String leader, String phone) {
    }

    public record TeamWithdrawn(String contestId, String teamId, String name, String reason) {
    }
}
