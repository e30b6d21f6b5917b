package org.workerscontest.innovation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.workerscontest.contest.api.ContestLevel;

/**
 * Commands and events of innovation results (职工创新成果) and innovation studios (创新工作室).
 * A result is recorded, may be edited until evaluated or withdrawn, is graded by an organizer panel and
 * may be adopted with a verified economic benefit; every step stays in its history.
 */
public final class InnovationMessages {

    private InnovationMessages() {
    }

    public static final int MAX_TITLE = 100;
    public static final int MAX_UNIT = 100;
    public static final int MAX_REGION = 30;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_PATENT_NUMBER = 30;
    public static final int MAX_STUDIO_NAME = 60;

    /** What a result says of itself; the same for recording and editing. */
    public record ResultDetails(String title, ResultKind kind, String patentNumber, List<String> authorIds,
                                String unit, String region, LocalDate date, String description,
                                BigDecimal claimedBenefit, String studioId) {
    }

    // Commands

    public record RecordResult(@TargetAggregateIdentifier String resultId, ResultDetails details) {
    }

    public record EditResult(@TargetAggregateIdentifier String resultId, ResultDetails details) {
    }

    public record WithdrawResult(@TargetAggregateIdentifier String resultId, String reason) {
    }

    public record EvaluateResult(@TargetAggregateIdentifier String resultId, Grade grade, String comments) {
    }

    /** @param verifiedBenefit in yuan, as verified; may differ from the claim */
    public record AdoptResult(@TargetAggregateIdentifier String resultId, BigDecimal verifiedBenefit,
                              String comments) {
    }

    public record NameStudio(@TargetAggregateIdentifier String studioId, String name, ContestLevel level,
                             String leaderId, String unit, List<String> memberIds, LocalDate namedOn) {
    }

    // Events

    public record ResultRecorded(String resultId, ResultDetails details) {
    }

    public record ResultEdited(String resultId, ResultDetails details) {
    }

    public record ResultWithdrawn(String resultId, String reason) {
    }

    public record ResultEvaluated(String resultId, Grade grade, String comments) {
    }

    public record ResultAdopted(String resultId, BigDecimal verifiedBenefit, String comments) {
    }

    public record StudioNamed(String studioId, String name, ContestLevel level, String leaderId, String unit,
                              List<String> memberIds, LocalDate namedOn) {
    }
}
