package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;

/**
 * The labor competition rules of DOMAIN.md (3 to 6) as plain functions, used by the campaign when it
 * concludes and by the standings read model. Scores are computed unrounded and shown, ranked and
 * awarded at 2 decimals.
 */
public final class LaborScoring {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LaborScoring() {
    }

    /** A unit's scores in one period: per indicator code, and the weighted sum. */
    public record PeriodScore(Map<String, BigDecimal> indicatorScores, BigDecimal score) {
    }

    /** @param vetoed 一票否决: listed, marked, ranked after every unit that is not */
    public record Standing(int rank, String unitId, BigDecimal score, boolean vetoed) {
    }

    public static BigDecimal round(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Rule 3, one indicator over the units that reported it: higher-is-better 100 × v / max(v), all 0 when
     * every value is 0; lower-is-better 100 × min(v) / v, and 100 for a value of 0.
     */
    public static Map<String, BigDecimal> indicatorScores(Direction direction, Map<String, BigDecimal> valuesByUnit) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (valuesByUnit.isEmpty()) {
            return scores;
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            BigDecimal max = valuesByUnit.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            valuesByUnit.forEach((unit, value) -> scores.put(unit, max.signum() == 0 ? BigDecimal.ZERO
                    : HUNDRED.multiply(value).divide(max, PRECISION)));
        } else {
            BigDecimal min = valuesByUnit.values().stream().min(Comparator.naturalOrder()).orElseThrow();
            valuesByUnit.forEach((unit, value) -> scores.put(unit, value.signum() == 0 ? HUNDRED
                    : HUNDRED.multiply(min).divide(value, PRECISION)));
        }
        return scores;
    }

    /**
     * Rule 4, one period: Σ weight × indicator score / 100 for each unit with a verified report.
     *
     * @param reports unit id → indicator code → value, the verified reports of the period
     */
    public static Map<String, PeriodScore> periodScores(List<Indicator> indicators,
                                                        Map<String, Map<String, BigDecimal>> reports) {
        Map<String, Map<String, BigDecimal>> byUnit = new LinkedHashMap<>();
        reports.keySet().forEach(unit -> byUnit.put(unit, new LinkedHashMap<>()));
        for (Indicator indicator : indicators) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            reports.forEach((unit, report) -> values.put(unit, report.get(indicator.code())));
            indicatorScores(indicator.direction(), values)
                    .forEach((unit, score) -> byUnit.get(unit).put(indicator.code(), score));
        }
        Map<String, PeriodScore> scores = new LinkedHashMap<>();
        byUnit.forEach((unit, indicatorScores) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator indicator : indicators) {
                sum = sum.add(indicator.weight().multiply(indicatorScores.get(indicator.code())));
            }
            scores.put(unit, new PeriodScore(indicatorScores, sum.divide(HUNDRED, PRECISION)));
        });
        return scores;
    }

    /**
     * Rule 4, the campaign: the mean of the unit's period scores over the periods that count (the closed
     * ones with any verified report; at conclusion, every period). A unit with no verified report in such a
     * period counts 0 there, so that not reporting never raises a unit's mean.
     *
     * @param scoredPeriods per period that counts, unit id → period score
     */
    public static Map<String, BigDecimal> campaignScores(Collection<String> units,
                                                         List<Map<String, BigDecimal>> scoredPeriods) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String unit : units) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, BigDecimal> period : scoredPeriods) {
                sum = sum.add(period.getOrDefault(unit, BigDecimal.ZERO));
            }
            scores.put(unit, scoredPeriods.isEmpty() ? BigDecimal.ZERO
                    : sum.divide(BigDecimal.valueOf(scoredPeriods.size()), PRECISION));
        }
        return scores;
    }

    /**
     * Rule 5: by score at 2 decimals, best first; equal scores share a rank (1, 1, 3); vetoed units after
     * all others, ranked among themselves the same way. Ties keep the units' listed order.
     *
     * @param units every participating unit, in their listed order; a unit without a score has 0
     */
    public static List<Standing> rank(List<String> units, Map<String, BigDecimal> scores, Set<String> vetoed) {
        List<Standing> standings = new ArrayList<>();
        rankGroup(units.stream().filter(unit -> !vetoed.contains(unit)).toList(), scores, false, standings);
        rankGroup(units.stream().filter(vetoed::contains).toList(), scores, true, standings);
        return standings;
    }

    private static void rankGroup(List<String> units, Map<String, BigDecimal> scores, boolean vetoed,
                                  List<Standing> standings) {
        int offset = standings.size();
        List<String> ordered = units.stream()
                .sorted(Comparator.comparing((String unit) -> round(scores.getOrDefault(unit, BigDecimal.ZERO)))
                        .reversed())
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal score = round(scores.getOrDefault(ordered.get(i), BigDecimal.ZERO));
            int rank = i > 0 && score.compareTo(standings.getLast().score()) == 0 ? standings.getLast().rank()
                    : offset + i + 1;
            standings.add(new Standing(rank, ordered.get(i), score, vetoed));
        }
    }

    /** Rule 6: the best {@code awardCount} units not vetoed; a tie at the boundary shares the award. */
    public static List<String> awarded(List<Standing> standings, int awardCount) {
        return standings.stream().filter(standing -> !standing.vetoed() && standing.rank() <= awardCount)
                .map(Standing::unitId).toList();
    }
}
