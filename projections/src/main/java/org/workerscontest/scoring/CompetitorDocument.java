package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A competitor with their score sheet as it stands: every judge's current mark, confirmed flags, and
 * once locked the result the discipline computed.
 */
@Document("competitors")
public record CompetitorDocument(@Id String id, String disciplineId, String contestId, int startNumber, String name,
                                 String teamId, String teamName, String employer, BigDecimal theory,
                                 List<Mark> marks, List<String> confirmedFlags, boolean locked,
                                 BigDecimal practical, BigDecimal total) {

    public record Mark(String criterionCode, String judge, BigDecimal value, int revisions) {
    }

    public CompetitorDocument {
        marks = marks == null ? List.of() : marks;
        confirmedFlags = confirmedFlags == null ? List.of() : confirmedFlags;
    }

    public CompetitorDocument withMarks(List<Mark> newMarks, List<String> newConfirmedFlags) {
        return new CompetitorDocument(id, disciplineId, contestId, startNumber, name, teamId, teamName, employer, theory,
                newMarks, newConfirmedFlags, locked, practical, total);
    }

    public CompetitorDocument withTheory(BigDecimal newTheory) {
        return new CompetitorDocument(id, disciplineId, contestId, startNumber, name, teamId, teamName, employer,
                newTheory, marks, confirmedFlags, locked, practical, total);
    }

    /** Criterion code → judge → value, as the scoring rules take them. */
    public Map<String, Map<String, BigDecimal>> marksByCriterion() {
        Map<String, Map<String, BigDecimal>> byCriterion = new HashMap<>();
        marks.forEach(mark -> byCriterion.computeIfAbsent(mark.criterionCode(), code -> new HashMap<>())
                .put(mark.judge(), mark.value()));
        return byCriterion;
    }

    public BigDecimal markOf(String criterionCode, String judge) {
        return marks.stream().filter(mark -> mark.criterionCode().equals(criterionCode) && mark.judge().equals(judge))
                .map(Mark::value).findFirst().orElse(null);
    }

    /** "001" style, as printed on the competitor's bib. */
    public String startLabel() {
        return "%03d".formatted(startNumber);
    }
}
