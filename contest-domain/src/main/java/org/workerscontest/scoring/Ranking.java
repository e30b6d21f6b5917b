package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 6: total desc, then practical desc, then theory desc (each as shown, to 2 decimals); entries
 * still equal share a rank, and the next rank skips (1, 2, 2, 4).
 */
public final class Ranking {

    private Ranking() {
    }

    public record Result<T>(T subject, BigDecimal total, BigDecimal practical, BigDecimal theory) {
    }

    public record Ranked<T>(int rank, Result<T> result) {
    }

    private static final Comparator<Result<?>> ORDER = Comparator
            .comparing((Result<?> result) -> ScoringRules.round(result.total()), Comparator.reverseOrder())
            .thenComparing(result -> ScoringRules.round(result.practical()), Comparator.reverseOrder())
            .thenComparing(result -> ScoringRules.round(result.theory()), Comparator.reverseOrder());

    public static <T> List<Ranked<T>> rank(List<Result<T>> results) {
        List<Result<T>> sorted = new ArrayList<>(results);
        sorted.sort(ORDER);
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious = i > 0 && ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked<>(rank, sorted.get(i)));
        }
        return ranked;
    }
}
