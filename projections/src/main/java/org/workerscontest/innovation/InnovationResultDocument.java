package org.workerscontest.innovation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;

/** An innovation result as it stands, with every evaluation it had. */
@Document("innovation_results")
public record InnovationResultDocument(@Id String id, String title, ResultKind kind, String patentNumber,
                                       List<String> authorIds, String unit, String region, LocalDate date, int year,
                                       String description, BigDecimal claimedBenefit, String studioId, State state,
                                       Grade grade, List<Evaluation> evaluations, BigDecimal verifiedBenefit,
                                       String adoptionComments, Instant adoptedAt, String withdrawReason,
                                       Instant recordedAt) {

    public enum State {
        RECORDED, EVALUATED, ADOPTED, WITHDRAWN
    }

    public record Evaluation(Grade grade, String comments, Instant at, String by) {
    }

    public InnovationResultDocument {
        authorIds = authorIds == null ? List.of() : authorIds;
        evaluations = evaluations == null ? List.of() : evaluations;
    }

    /** Graded (first to third, or excellent) or adopted: what the public pages show. */
    public boolean publiclyListed() {
        return state == State.ADOPTED || state == State.EVALUATED && grade != null && grade != Grade.NOT_GRADED;
    }
}
