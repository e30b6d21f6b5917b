package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;

/**
 * What a score sheet's marks add up to, for the discipline that decides on it and for the read models
 * that show it. Marks are given as criterion code → judge → value.
 */
public final class ScoreSheets {

    private ScoreSheets() {
    }

    /** Marks still to come: one per measurement criterion, one per judge per judgement criterion. */
    public static int missingMarks(Collection<CriterionDefinition> criteria, List<String> judges,
                                   Map<String, Map<String, BigDecimal>> marks) {
        int missing = 0;
        for (CriterionDefinition criterion : criteria) {
            Map<String, BigDecimal> given = marks.getOrDefault(criterion.code(), Map.of());
            if (criterion.kind() == CriterionKind.MEASUREMENT) {
                missing += given.isEmpty() ? 1 : 0;
            } else {
                missing += (int) judges.stream().filter(judge -> !given.containsKey(judge)).count();
            }
        }
        return missing;
    }

    /** Judgement criteria whose scores are more than 1 apart (rule 4). */
    public static List<String> flaggedCriteria(Collection<CriterionDefinition> criteria,
                                               Map<String, Map<String, BigDecimal>> marks) {
        return criteria.stream()
                .filter(criterion -> criterion.kind() == CriterionKind.JUDGEMENT)
                .filter(criterion -> ScoringRules.flagged(scores(marks, criterion.code())))
                .map(CriterionDefinition::code)
                .toList();
    }

    /** The practical part of a complete sheet, unrounded (rule 2). */
    public static BigDecimal practical(Collection<CriterionDefinition> criteria,
                                       Map<String, Map<String, BigDecimal>> marks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionDefinition criterion : criteria) {
            Map<String, BigDecimal> given = marks.getOrDefault(criterion.code(), Map.of());
            sum = sum.add(criterion.kind() == CriterionKind.MEASUREMENT
                    ? given.values().iterator().next()
                    : ScoringRules.judgementMark(criterion.maxMark(), scores(marks, criterion.code())));
        }
        return sum;
    }

    private static List<Integer> scores(Map<String, Map<String, BigDecimal>> marks, String criterionCode) {
        return marks.getOrDefault(criterionCode, Map.of()).values().stream().map(BigDecimal::intValue).toList();
    }
}
