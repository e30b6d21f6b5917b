package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workerscontest.scoring.Ranking.Ranked;
import org.workerscontest.scoring.Ranking.Result;
import org.workerscontest.scoring.api.Prize;

class RankingAndPrizesTest {

    private static Result<String> result(String name, String total, String practical, String theory) {
        return new Result<>(name, new BigDecimal(total), new BigDecimal(practical), new BigDecimal(theory));
    }

    private static String ranks(List<Ranked<String>> ranked) {
        return String.join(" ", ranked.stream().map(entry -> entry.result().subject() + entry.rank()).toList());
    }

    @Test
    void ranksByTotalThenPracticalThenTheoryAndSharesRanksWhenStillEqual() {
        List<Ranked<String>> ranked = Ranking.rank(List.of(
                result("D", "80.00", "80", "80"),
                result("A", "90.00", "90", "90"),
                result("C", "85.00", "84", "87.33"),
                result("B", "85.00", "86", "82.33"),
                result("E", "85.00", "84", "87.33"),
                result("F", "70.00", "70", "70")));
        assertThat(ranks(ranked)).isEqualTo("A1 B2 C3 E3 D5 F6");
    }

    @Test
    void equalTotalsAsShownAreEqualEvenWhenTheFullPrecisionDiffers() {
        List<Ranked<String>> ranked = Ranking.rank(List.of(
                result("A", "80.004", "80.001", "80"),
                result("B", "80.003", "80.002", "80")));
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1);
    }

    @ParameterizedTest(name = "N={0}: n1={1} n2={2} n3={3}")
    @CsvSource({
            "1, 1, 0, 0",
            "3, 1, 0, 1",
            "7, 1, 2, 2",
            "10, 1, 2, 3",
            "11, 2, 2, 3",
            "20, 2, 4, 6",
            "30, 3, 6, 9",
            "35, 4, 7, 10",
    })
    void prizeQuotasFollowTheCeilingsOfTenThirtyAndSixtyPercent(int n, int first, int second, int third) {
        assertThat(Prizes.quotas(n)).containsExactly(first, second, third);
    }

    private static List<Prize> prizesFor(String... totals) {
        List<Result<String>> results = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            results.add(result("c" + i, totals[i], totals[i], totals[i]));
        }
        List<Ranked<String>> ranked = Ranking.rank(results);
        return Prizes.prizes(ranked);
    }

    @Test
    void tenCompetitorsGetOneFirstTwoSecondAndThreeThirdPrizes() {
        assertThat(prizesFor("99", "98", "97", "96", "95", "94", "93", "92", "91", "90")).containsExactly(
                Prize.FIRST, Prize.SECOND, Prize.SECOND, Prize.THIRD, Prize.THIRD, Prize.THIRD,
                null, null, null, null);
    }

    @Test
    void competitorsTiedAtAQuotaBoundaryShareTheBetterPrize() {
        // n1 = 1, but two share rank 1; the next rank is 3, still within n1 + n2 = 3.
        assertThat(prizesFor("99", "99", "97", "96", "95", "94", "93", "92", "91", "90")).containsExactly(
                Prize.FIRST, Prize.FIRST, Prize.SECOND, Prize.THIRD, Prize.THIRD, Prize.THIRD,
                null, null, null, null);
        // Ranks 6, 6, 6 straddle the end of the third-prize quota (6): all three get third prize.
        assertThat(prizesFor("99", "98", "97", "96", "95", "90", "90", "90", "80", "70")).containsExactly(
                Prize.FIRST, Prize.SECOND, Prize.SECOND, Prize.THIRD, Prize.THIRD, Prize.THIRD, Prize.THIRD,
                Prize.THIRD, null, null);
    }

    @Test
    void noPrizeBelowATotalOfSixty() {
        assertThat(prizesFor("75", "65", "60.00", "59.99", "40")).containsExactly(
                Prize.FIRST, Prize.SECOND, Prize.THIRD, null, null);
        assertThat(Prizes.prize(1, new BigDecimal("59.995"), 1)).isEqualTo(Prize.FIRST);
        assertThat(Prizes.prize(1, new BigDecimal("59.994"), 1)).isNull();
    }

    @Test
    void teamStandingsFollowTheMedalTable() {
        List<Standings.Entry> entries = new ArrayList<>(Arrays.asList(
                new Standings.Entry("hangzhou", Prize.FIRST, new BigDecimal("95")),
                new Standings.Entry("hangzhou", null, new BigDecimal("50")),
                new Standings.Entry("ningbo", Prize.FIRST, new BigDecimal("94")),
                new Standings.Entry("ningbo", Prize.SECOND, new BigDecimal("85")),
                new Standings.Entry("wenzhou", Prize.SECOND, new BigDecimal("88")),
                new Standings.Entry("wenzhou", Prize.SECOND, new BigDecimal("87")),
                new Standings.Entry("wenzhou", Prize.THIRD, new BigDecimal("80")),
                new Standings.Entry("jiaxing", Prize.SECOND, new BigDecimal("88")),
                new Standings.Entry("jiaxing", Prize.SECOND, new BigDecimal("87")),
                new Standings.Entry("jiaxing", Prize.THIRD, new BigDecimal("70")),
                new Standings.Entry("huzhou", Prize.THIRD, new BigDecimal("70.5")),
                new Standings.Entry("shaoxing", Prize.THIRD, new BigDecimal("70.5"))));
        List<Standings.TeamStanding> standings = Standings.of(
                List.of("hangzhou", "ningbo", "wenzhou", "jiaxing", "huzhou", "shaoxing", "zhoushan"), entries);
        assertThat(standings).extracting(standing -> standing.teamId() + standing.rank()).containsExactly(
                "ningbo1", "hangzhou2", "wenzhou3", "jiaxing4", "huzhou5", "shaoxing5", "zhoushan7");
        assertThat(standings.get(2).totalSum()).isEqualByComparingTo("255.00");
        assertThat(standings.get(6).first()).isZero();
    }
}
