package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;

/** A discipline's set-up and publication state; its competitors are documents of their own. */
@Document("disciplines")
public record DisciplineDocument(@Id String id, String contestId, String code, String name,
                                 BigDecimal theoryWeight, BigDecimal practicalWeight,
                                 List<CriterionDefinition> criteria, List<String> judges, String chiefJudge,
                                 Map<String, String> measurementJudges, boolean published, Instant definedAt) {

    public DisciplineDocument {
        judges = judges == null ? List.of() : judges;
        measurementJudges = measurementJudges == null ? Map.of() : measurementJudges;
    }

    DisciplineDocument withPanel(List<String> newJudges, String newChiefJudge, Map<String, String> assignments) {
        return new DisciplineDocument(id, contestId, code, name, theoryWeight, practicalWeight, criteria, newJudges,
                newChiefJudge, assignments, published, definedAt);
    }

    DisciplineDocument withPublished(boolean isPublished) {
        return new DisciplineDocument(id, contestId, code, name, theoryWeight, practicalWeight, criteria, judges,
                chiefJudge, measurementJudges, isPublished, definedAt);
    }

    /** The judge who marks a criterion, or null when any panel judge may. */
    public String assigneeOf(String criterionCode) {
        return measurementJudges.get(criterionCode);
    }
}
