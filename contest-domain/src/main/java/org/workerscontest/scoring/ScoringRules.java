package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The arithmetic of a discipline's result (DOMAIN.md, skills contest rules 1–4). Intermediate values
 * keep their full precision; only a total is rounded, to 2 decimals, half-up.
 */
public final class ScoringRules {

    public static final int JUDGEMENT_MAX_SCORE = 3;
    /** From this panel size on, the single highest and single lowest judgement score are dropped. */
    public static final int TRIM_FROM_PANEL_SIZE = 5;
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal THREE = BigDecimal.valueOf(JUDGEMENT_MAX_SCORE);

    private ScoringRules() {
    }

    /** A judgement criterion's mark: maxMark × mean / 3, the mean trimmed for panels of 5 or more. */
    public static BigDecimal judgementMark(BigDecimal maxMark, List<Integer> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("A judgement mark needs at least one score");
        }
        List<Integer> counted = new ArrayList<>(scores);
        if (counted.size() >= TRIM_FROM_PANEL_SIZE) {
            Collections.sort(counted);
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = BigDecimal.valueOf(counted.stream().mapToInt(Integer::intValue).sum());
        BigDecimal mean = sum.divide(BigDecimal.valueOf(counted.size()), PRECISION);
        return maxMark.multiply(mean).divide(THREE, PRECISION);
    }

    /** Two scores of one judgement criterion more than 1 apart. */
    public static boolean flagged(List<Integer> scores) {
        if (scores.size() < 2) {
            return false;
        }
        int max = Collections.max(scores);
        int min = Collections.min(scores);
        return max - min > 1;
    }

    /** theory × wT + practical × wP, rounded to 2 decimals half-up. */
    public static BigDecimal total(BigDecimal theory, BigDecimal practical, BigDecimal theoryWeight,
                                   BigDecimal practicalWeight) {
        return round(theory.multiply(theoryWeight).add(practical.multiply(practicalWeight)));
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** At most two decimals, e.g. 12.5 or 12.25 but not 12.255. */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }
}
