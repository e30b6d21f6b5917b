package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.workerscontest.scoring.api.Prize;

/**
 * Rule 7: with N ranked competitors, n1 = ceil(10% N), n2 = ceil(30% N) − n1, n3 = ceil(60% N) − n1 − n2;
 * prizes go by rank, so tied competitors share the better prize; no prize below a total of 60.
 */
public final class Prizes {

    public static final int FIRST_PERCENT = 10;
    public static final int UP_TO_SECOND_PERCENT = 30;
    public static final int UP_TO_THIRD_PERCENT = 60;
    public static final BigDecimal MINIMUM_TOTAL = BigDecimal.valueOf(60);

    private Prizes() {
    }

    /** The number of prizes of each kind, before ties: {n1, n2, n3}. */
    public static int[] quotas(int rankedCount) {
        int first = ceilPercent(rankedCount, FIRST_PERCENT);
        int second = ceilPercent(rankedCount, UP_TO_SECOND_PERCENT) - first;
        int third = ceilPercent(rankedCount, UP_TO_THIRD_PERCENT) - first - second;
        return new int[] {first, second, third};
    }

    /** The prize for a rank among rankedCount competitors, or null. */
    public static Prize prize(int rank, BigDecimal total, int rankedCount) {
        if (ScoringRules.round(total).compareTo(MINIMUM_TOTAL) < 0) {
            return null;
        }
        int[] quota = quotas(rankedCount);
        if (rank <= quota[0]) {
            return Prize.FIRST;
        }
        if (rank <= quota[0] + quota[1]) {
            return Prize.SECOND;
        }
        if (rank <= quota[0] + quota[1] + quota[2]) {
            return Prize.THIRD;
        }
        return null;
    }

    public static <T> List<Prize> prizes(List<Ranking.Ranked<T>> ranked) {
        return ranked.stream().map(entry -> prize(entry.rank(), entry.result().total(), ranked.size())).toList();
    }

    /** ceil(percent × n / 100) in whole numbers, free of floating-point surprises (0.1 × 30 ≠ 3.0). */
    private static int ceilPercent(int n, int percent) {
        return (percent * n + 99) / 100;
    }
}
