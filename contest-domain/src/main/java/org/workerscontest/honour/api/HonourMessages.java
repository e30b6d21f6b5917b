package org.workerscontest.honour.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.worker.api.Gender;

/**
 * Commands and events of an honour selection round (评选): nominations, review, public notice with
 * objections, conferral and revocation (DOMAIN.md "Honour selection rules"). Dates arrive in the
 * commands: the round never reads a clock.
 */
public final class HonourMessages {

    private HonourMessages() {
    }

    public static final int DEFAULT_NOTICE_DAYS = 5;
    public static final int MAX_NAME = 60;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 500;

    /**
     * Who is nominated. A person has a gender, position and front-line flag (and may name their worker
     * record); a team or unit has a name and the organisation it belongs to.
     */
    public record Nominee(RecipientKind kind, String name, Gender gender, String employer, String position,
                          boolean frontLine, String workerId) {
    }

    /** The honour every provincial-or-higher first prize is nominated for (DOMAIN.md skills rule 10). */
    public static final String MAY_DAY_MEDAL = "MAY_DAY_MEDAL";

    // Commands

    /** An honour of the catalogue: its code, name, recipients and the levels it is given at. */
    public record DefineHonour(@TargetAggregateIdentifier String code, String name, RecipientKind recipientKind,
                               List<ContestLevel> levels) {
    }

    /**
     * @param noticeDays       length of the public notice, at least 5 (null: 5)
     * @param minFrontLinePercent least share of front-line workers among the persons conferred (null: none)
     * @param conferringBody      who confers the honour, as the certificates name it (optional), e.g. 浙江省总工会
     */
    public record OpenRound(@TargetAggregateIdentifier String roundId, String honourCode, String honourName,
                            RecipientKind recipientKind, ContestLevel level, int year, int quota, Integer noticeDays,
                            Integer minFrontLinePercent, String conferringBody) {
    }

    public record Nominate(@TargetAggregateIdentifier String roundId, String nominationId, Nominee nominee,
                           String nominatedBy, String merits, List<String> attachmentTitles) {
    }

    public record CloseNominations(@TargetAggregateIdentifier String roundId) {
    }

    public record Shortlist(@TargetAggregateIdentifier String roundId, String nominationId) {
    }

    public record RejectNomination(@TargetAggregateIdentifier String roundId, String nominationId, String reason) {
    }

    public record StartPublicNotice(@TargetAggregateIdentifier String roundId, LocalDate startsOn) {
    }

    /** @param name optional: objections may be anonymous; the contact is required */
    public record FileObjection(@TargetAggregateIdentifier String roundId, String objectionId, String nominationId,
                                String name, String contact, String text, LocalDate filedOn) {
    }

    public record ResolveObjection(@TargetAggregateIdentifier String roundId, String objectionId, boolean upheld,
                                   String reason) {
    }

    /** Confers the honour on every shortlisted nomination still standing, and concludes the round. */
    public record Confer(@TargetAggregateIdentifier String roundId, LocalDate conferredOn) {
    }

    public record Revoke(@TargetAggregateIdentifier String roundId, String nominationId, String reason) {
    }

    // Events

    public record HonourDefined(String code, String name, RecipientKind recipientKind, List<ContestLevel> levels) {
    }

    public record RoundOpened(String roundId, String honourCode, String honourName, RecipientKind recipientKind,
                              ContestLevel level, int year, int quota, int noticeDays, Integer minFrontLinePercent,
                              String conferringBody) {
    }

    public record Nominated(String roundId, String nominationId, Nominee nominee, String nominatedBy, String merits,
                            List<String> attachmentTitles) {
    }

    public record NominationsClosed(String roundId) {
    }

    public record Shortlisted(String roundId, String nominationId) {
    }

    public record NominationRejected(String roundId, String nominationId, String reason) {
    }

    public record PublicNoticeStarted(String roundId, LocalDate startsOn, LocalDate endsOn) {
    }

    public record ObjectionFiled(String roundId, String objectionId, String nominationId, String name, String contact,
                                 String text, LocalDate filedOn) {
    }

    public record ObjectionUpheld(String roundId, String objectionId, String nominationId, String reason) {
    }

    public record ObjectionDismissed(String roundId, String objectionId, String nominationId, String reason) {
    }

    /** An upheld objection withdraws the nomination from the round. */
    public record NominationWithdrawn(String roundId, String nominationId, String reason) {
    }

    public record HonoursConferred(String roundId, List<String> nominationIds, LocalDate conferredOn) {
    }

    /** Off the honour roll, never out of the history. */
    public record HonourRevoked(String roundId, String nominationId, String reason) {
    }
}
