package org.workerscontest.contest.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.workerscontest.scoring.api.Prize;

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

    /**
     * Starts (or starts again) the award ceremony of a published discipline: its prize winners, in the order they
     * are revealed (from the last prize up to the first), as the results stood when it started.
     */
    public record StartCeremony(@TargetAggregateIdentifier String contestId, String disciplineCode,
                                String disciplineName, List<CeremonyWinner> winners) {
    }

    public record RevealNextWinner(@TargetAggregateIdentifier String contestId) {
    }

    /** Hides the winner revealed last again, e.g. after a click too many. */
    public record HideLastWinner(@TargetAggregateIdentifier String contestId) {
    }

    public record EndCeremony(@TargetAggregateIdentifier String contestId) {
    }

    /** A prize winner as the ceremony shows them: the public result row. */
    public record CeremonyWinner(int rank, int startNumber, String name, String team, String employer,
                                 BigDecimal theory, BigDecimal practical, BigDecimal total, Prize prize) {
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

    public record CeremonyStarted(String contestId, String disciplineCode, String disciplineName,
                                  List<CeremonyWinner> winners) {
    }

    /** @param revealed how many winners are revealed now, this one the last */
    public record WinnerRevealed(String contestId, String disciplineCode, int revealed, CeremonyWinner winner) {
    }

    /** @param revealed how many winners are still revealed */
    public record WinnerHidden(String contestId, String disciplineCode, int revealed, CeremonyWinner winner) {
    }

    public record CeremonyEnded(String contestId, String disciplineCode) {
    }
}
