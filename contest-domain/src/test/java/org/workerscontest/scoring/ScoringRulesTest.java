package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringRulesTest {

    private static List<Integer> scores(String text) {
        return Arrays.stream(text.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "max {0}, scores {1} -> {2}")
    @CsvSource({
            // three judges: plain mean
            "30, 3 3 3, 30.00",
            "30, 2 2 2, 20.00",
            "30, 1 2 3, 20.00",
            "10, 2 2 3, 7.78",
            // four judges: still no trimming
            "12, 0 1 2 3, 6.00",
            // five judges: drop one highest and one lowest
            "30, 0 3 3 3 3, 30.00",
            "30, 0 1 2 3 3, 20.00",
            "15, 1 1 1 1 3, 5.00",
            // seven judges drop only one of each
            "21, 3 3 3 0 0 1 2, 12.60",
    })
    void judgementMarkIsMaxTimesTheTrimmedMeanOverThree(String maxMark, String scores, String expected) {
        BigDecimal mark = ScoringRules.judgementMark(new BigDecimal(maxMark), scores(scores));
        assertThat(ScoringRules.round(mark)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} flagged: {1}")
    @CsvSource({
            "3 3 3, false",
            "2 3 3, false",
            "1 2 2, false",
            "1 3 2, true",
            "0 2, true",
            "3 3 3 3 1, true",
            "2, false",
    })
    void aCriterionIsFlaggedWhenTwoScoresDifferByMoreThanOne(String scores, boolean flagged) {
        assertThat(ScoringRules.flagged(scores(scores))).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "theory {0} x {2} + practical {1} x {3} = {4}")
    @CsvSource({
            "90, 80, 0.3, 0.7, 83.00",
            "85.5, 77.25, 0.3, 0.7, 79.73",
            // 0.3 x 88.35 + 0.7 x 70.005 = 26.505 + 49.0035 = 75.5085 -> 75.51 (rounded once, at the end)
            "88.35, 70.005, 0.3, 0.7, 75.51",
            // half-up at the boundary: 0.5 x 80.01 + 0.5 x 80 = 80.005 -> 80.01
            "80.01, 80, 0.5, 0.5, 80.01",
            "100, 100, 0, 1, 100.00",
    })
    void totalIsWeightedAndRoundedHalfUpOnlyAtTheEnd(String theory, String practical, String wT, String wP,
                                                     String expected) {
        assertThat(ScoringRules.total(new BigDecimal(theory), new BigDecimal(practical), new BigDecimal(wT),
                new BigDecimal(wP))).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @ParameterizedTest
    @CsvSource({"12, true", "12.5, true", "12.25, true", "12.250, true", "12.255, false", "0.001, false"})
    void marksHaveAtMostTwoDecimals(String value, boolean allowed) {
        assertThat(ScoringRules.hasAtMostTwoDecimals(new BigDecimal(value))).isEqualTo(allowed);
    }
}
