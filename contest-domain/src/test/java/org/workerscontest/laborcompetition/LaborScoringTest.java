package org.workerscontest.laborcompetition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workerscontest.laborcompetition.LaborScoring.Standing;
import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;

/** DOMAIN.md labor competition rules 3 to 6, with every expected number worked out by hand. */
class LaborScoringTest {

    static final List<Indicator> INDICATORS = List.of(
            new Indicator("OUTPUT", "产值", "万元", Direction.HIGHER_IS_BETTER, new BigDecimal("40")),
            new Indicator("ENERGY", "单位能耗", "吨标煤", Direction.LOWER_IS_BETTER, new BigDecimal("30")),
            new Indicator("ACCIDENTS", "安全事故", "起", Direction.LOWER_IS_BETTER, new BigDecimal("30")));

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static Map<String, BigDecimal> values(String... unitValuePairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < unitValuePairs.length; i += 2) {
            values.put(unitValuePairs[i], n(unitValuePairs[i + 1]));
        }
        return values;
    }

    static Map<String, BigDecimal> report(String output, String energy, String accidents) {
        return Map.of("OUTPUT", n(output), "ENERGY", n(energy), "ACCIDENTS", n(accidents));
    }

    @ParameterizedTest(name = "{0}: values {1} → scores {2}")
    @CsvSource(delimiter = '|', value = {
            // higher is better: 100 × v / max
            "HIGHER_IS_BETTER | A=200,B=100,C=0   | A=100,B=50,C=0",
            "HIGHER_IS_BETTER | A=3,B=1           | A=100,B=33.33",
            // every value 0: all score 0
            "HIGHER_IS_BETTER | A=0,B=0           | A=0,B=0",
            // lower is better: 100 × min / v, and a value of 0 scores 100
            "LOWER_IS_BETTER  | A=50,B=40,C=80    | A=80,B=100,C=50",
            "LOWER_IS_BETTER  | A=0,B=2,C=1       | A=100,B=0,C=0",
            "LOWER_IS_BETTER  | A=0,B=0           | A=100,B=100",
            "LOWER_IS_BETTER  | A=45,B=30         | A=66.67,B=100",
            // a single unit is its own best
            "HIGHER_IS_BETTER | A=7.5             | A=100"})
    void indicatorScoresFollowRule3(Direction direction, String given, String expected) {
        Map<String, BigDecimal> scores = LaborScoring.indicatorScores(direction, parse(given));
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        scores.forEach((unit, score) -> rounded.put(unit, LaborScoring.round(score)));
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        parse(expected).forEach((unit, score) -> wanted.put(unit, score.setScale(2)));
        assertThat(rounded).isEqualTo(wanted);
    }

    private static Map<String, BigDecimal> parse(String pairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            String[] parts = pair.strip().split("=");
            values.put(parts[0], n(parts[1]));
        }
        return values;
    }

    @Test
    void aPeriodScoreIsTheWeightedSumOfTheIndicatorScores() {
        // OUTPUT 100/50/0, ENERGY 80/100/50, ACCIDENTS 100/0/0 (see above), weights 40/30/30:
        // A = (4000 + 2400 + 3000) / 100 = 94; B = (2000 + 3000 + 0) / 100 = 50; C = (0 + 1500 + 0) / 100 = 15.
        var scores = LaborScoring.periodScores(INDICATORS, Map.of(
                "A", report("200", "50", "0"), "B", report("100", "40", "2"), "C", report("0", "80", "1")));
        assertThat(LaborScoring.round(scores.get("A").score())).isEqualByComparingTo("94.00");
        assertThat(LaborScoring.round(scores.get("B").score())).isEqualByComparingTo("50.00");
        assertThat(LaborScoring.round(scores.get("C").score())).isEqualByComparingTo("15.00");
        assertThat(LaborScoring.round(scores.get("A").indicatorScores().get("ENERGY"))).isEqualByComparingTo("80");
    }

    @Test
    void theCampaignScoreIsTheMeanOverTheScoredPeriodsWithAMissingReportCountingZero() {
        // Q1 as above. Q2: A = (40×50 + 30×66.67 + 30×100) / 100 = 70; B = (4000 + 3000 + 3000) / 100 = 100;
        // C sent nothing verified.
        var q1 = LaborScoring.periodScores(INDICATORS, Map.of(
                "A", report("200", "50", "0"), "B", report("100", "40", "2"), "C", report("0", "80", "1")));
        var q2 = LaborScoring.periodScores(INDICATORS, Map.of(
                "A", report("150", "45", "1"), "B", report("300", "30", "1")));
        assertThat(LaborScoring.round(q2.get("A").score())).isEqualByComparingTo("70.00");
        Map<String, BigDecimal> campaign = LaborScoring.campaignScores(List.of("A", "B", "C", "D"),
                List.of(scoresOf(q1), scoresOf(q2)));
        // A (94 + 70) / 2 = 82; B (50 + 100) / 2 = 75; C (15 + 0) / 2 = 7.5; D never reported: 0.
        assertThat(campaign).extractingByKeys("A", "B", "C", "D").map(LaborScoring::round)
                .containsExactly(n("82.00"), n("75.00"), n("7.50"), n("0.00"));
        assertThat(LaborScoring.campaignScores(List.of("A"), List.of())).containsEntry("A", BigDecimal.ZERO);
    }

    private static Map<String, BigDecimal> scoresOf(Map<String, LaborScoring.PeriodScore> period) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        period.forEach((unit, score) -> scores.put(unit, score.score()));
        return scores;
    }

    @Test
    void aVetoedUnitIsRankedAfterAllOthersAndGetsNoAward() {
        Map<String, BigDecimal> scores = values("A", "82", "B", "75", "C", "7.5");
        List<Standing> standings = LaborScoring.rank(List.of("A", "B", "C"), scores, Set.of("A"));
        assertThat(standings).extracting(Standing::rank, Standing::unitId, Standing::vetoed).containsExactly(
                tuple(1, "B", false), tuple(2, "C", false), tuple(3, "A", true));
        assertThat(LaborScoring.awarded(standings, 2)).containsExactly("B", "C");
        assertThat(LaborScoring.awarded(standings, 3)).as("the veto outweighs the award").containsExactly("B", "C");
    }

    @Test
    void equalScoresShareARankAndATieAtTheBoundaryShareTheAward() {
        Map<String, BigDecimal> scores = values("X", "80.001", "Y", "79.999", "Z", "70", "W", "70");
        List<Standing> standings = LaborScoring.rank(List.of("Z", "X", "W", "Y"), scores, Set.of());
        assertThat(standings).extracting(Standing::rank, Standing::unitId, Standing::score).containsExactly(
                tuple(1, "X", n("80.00")), tuple(1, "Y", n("80.00")), tuple(3, "Z", n("70.00")),
                tuple(3, "W", n("70.00")));
        assertThat(LaborScoring.awarded(standings, 1)).containsExactly("X", "Y");
        assertThat(LaborScoring.awarded(standings, 3)).containsExactly("X", "Y", "Z", "W");
        assertThat(LaborScoring.awarded(standings, 0)).isEmpty();
    }

    @Test
    void aUnitWithoutAScoreRanksWithZero() {
        List<Standing> standings = LaborScoring.rank(List.of("A", "B"), values("B", "12"), Set.of());
        assertThat(standings).extracting(Standing::unitId, Standing::score)
                .containsExactly(tuple("B", n("12.00")), tuple("A", n("0.00")));
    }
}
