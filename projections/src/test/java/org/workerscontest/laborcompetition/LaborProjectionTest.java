package org.workerscontest.laborcompetition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.laborcompetition.LaborQueries.OverallRow;
import org.workerscontest.laborcompetition.LaborQueries.PeriodRow;
import org.workerscontest.laborcompetition.LaborQueries.Standings;
import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.readmodel.ProjectionHarness;

class LaborProjectionTest {

    static final String ID = "camp-1";
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("OUTPUT", "产值", "万元", Direction.HIGHER_IS_BETTER, new BigDecimal("40")),
            new Indicator("ENERGY", "单位能耗", "吨标煤", Direction.LOWER_IS_BETTER, new BigDecimal("30")),
            new Indicator("ACCIDENTS", "安全事故", "起", Direction.LOWER_IS_BETTER, new BigDecimal("30")));

    private final ProjectionHarness harness = new ProjectionHarness();
    private final PublicChanges changes = new PublicChanges();
    private final LaborProjection projection = new LaborProjection(harness.mongo(), changes);
    private final LaborQueries queries = new LaborQueries(harness.mongo());

    @AfterEach
    void close() {
        changes.destroy();
        harness.close();
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static Map<String, BigDecimal> values(String output, String energy, String accidents) {
        return Map.of("OUTPUT", n(output), "ENERGY", n(energy), "ACCIDENTS", n(accidents));
    }

    /** The campaign worked out by hand in LaborScoringTest: Q1 94 / 50 / 15, Q2 70 / 100 / none. */
    private List<Object> twoQuarters() {
        List<Object> events = new ArrayList<>(List.of(new CampaignCreated(ID, "2026年“五比一创”劳动竞赛", "五比一创",
                "省总工会", List.of(new Period("Q1", "第一季度"), new Period("Q2", "第二季度"), new Period("Q3", "第三季度")),
                List.of(new Unit("u1", "一公司"), new Unit("u2", "二公司"), new Unit("u3", "三公司")), INDICATORS, 2,
                "先进集体"), new ReportersAssigned(ID, "u1", List.of("rep1"))));
        Object[][] reports = {
                {"u1", "Q1", values("200", "50", "0")}, {"u2", "Q1", values("100", "40", "2")},
                {"u3", "Q1", values("0", "80", "1")}, {"u1", "Q2", values("150", "45", "1")},
                {"u2", "Q2", values("300", "30", "1")}};
        for (Object[] report : reports) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> values = (Map<String, BigDecimal>) report[2];
            events.add(new ReportSubmitted(ID, (String) report[0], (String) report[1], values, null, false));
            events.add(new ReportVerified(ID, (String) report[0], (String) report[1], values));
        }
        // u3's Q2 report waits for verification and so does not count; Q3 is open with nothing verified yet.
        events.add(new ReportSubmitted(ID, "u3", "Q2", values("500", "10", "0"), "补报", false));
        events.add(new PeriodClosed(ID, "Q1"));
        events.add(new PeriodClosed(ID, "Q2"));
        return events;
    }

    @Test
    void standingsFollowTheVerifiedReportsWithHandComputedScores() {
        harness.publish(projection, twoQuarters().toArray());

        CampaignDocument campaign = queries.campaign(ID).orElseThrow();
        assertThat(campaign.unitOfReporter("rep1")).map(CampaignDocument.UnitEntry::unitId).contains("u1");
        assertThat(campaign.period("Q1").orElseThrow().closed()).isTrue();
        assertThat(queries.campaignsOfReporter("rep1")).extracting(CampaignDocument::id).containsExactly(ID);
        assertThat(queries.campaignsOfReporter("someone")).isEmpty();

        Standings standings = queries.standings(campaign);
        assertThat(standings.periods()).extracting(period -> period.periodCode(), period -> period.scored())
                .containsExactly(tuple("Q1", true), tuple("Q2", true), tuple("Q3", false));
        assertThat(standings.periods().getFirst().rows())
                .extracting(PeriodRow::rank, PeriodRow::unitName, PeriodRow::score, PeriodRow::verified)
                .containsExactly(tuple(1, "一公司", n("94.00"), true), tuple(2, "二公司", n("50.00"), true),
                        tuple(3, "三公司", n("15.00"), true));
        assertThat(standings.periods().getFirst().rows().getFirst().indicatorScores())
                .containsEntry("OUTPUT", n("100.00")).containsEntry("ENERGY", n("80.00"))
                .containsEntry("ACCIDENTS", n("100.00"));
        assertThat(standings.periods().get(1).rows())
                .extracting(PeriodRow::unitName, PeriodRow::score, PeriodRow::verified)
                .containsExactly(tuple("二公司", n("100.00"), true), tuple("一公司", n("70.00"), true),
                        tuple("三公司", n("0.00"), false));
        assertThat(standings.overall())
                .extracting(OverallRow::rank, OverallRow::unitName, OverallRow::score, OverallRow::vetoed,
                        OverallRow::awarded)
                .containsExactly(tuple(1, "一公司", n("82.00"), false, false), tuple(2, "二公司", n("75.00"), false, false),
                        tuple(3, "三公司", n("7.50"), false, false));
        assertThat(standings.overall().getFirst().periodScores()).containsEntry("Q1", n("94.00"))
                .containsEntry("Q2", n("70.00")).doesNotContainKey("Q3");
        assertThat(standings.countedPeriods()).containsExactly("Q1", "Q2");
    }

    @Test
    void anOpenPeriodIsRankedAsItStandsButCountsInTheOverallOnlyOnceClosed() {
        List<Object> events = twoQuarters();
        events.add(new ReportSubmitted(ID, "u3", "Q3", values("10", "10", "0"), null, false));
        events.add(new ReportVerified(ID, "u3", "Q3", values("10", "10", "0")));
        harness.publish(projection, events.toArray());

        Standings standings = queries.standings(queries.campaign(ID).orElseThrow());
        assertThat(standings.periods().get(2).rows().getFirst())
                .extracting(PeriodRow::unitName, PeriodRow::score).containsExactly("三公司", n("100.00"));
        assertThat(standings.countedPeriods()).containsExactly("Q1", "Q2");
        assertThat(standings.overall()).extracting(OverallRow::unitName, OverallRow::score)
                .contains(tuple("三公司", n("7.50")));

        harness.publish(projection, new PeriodClosed(ID, "Q3"));
        // Q3 now counts: u3 (15 + 0 + 100) / 3 = 38.33; u1 (94 + 70 + 0) / 3 = 54.67; u2 (50 + 100 + 0) / 3 = 50.
        assertThat(queries.standings(queries.campaign(ID).orElseThrow()).overall())
                .extracting(OverallRow::unitName, OverallRow::score)
                .containsExactly(tuple("一公司", n("54.67")), tuple("二公司", n("50.00")), tuple("三公司", n("38.33")));
    }

    @Test
    void aVetoedUnitIsMarkedAndRankedLastUntilTheVetoIsLiftedAndAwardsAppearOnConclusion() {
        List<Object> events = twoQuarters();
        events.add(new UnitVetoed(ID, "u1", "Q2", "发生较大安全生产事故"));
        harness.publish(projection, events.toArray());

        Standings standings = queries.standings(queries.campaign(ID).orElseThrow());
        assertThat(standings.overall()).extracting(OverallRow::unitName, OverallRow::vetoed)
                .containsExactly(tuple("二公司", false), tuple("三公司", false), tuple("一公司", true));
        assertThat(standings.periods().getFirst().rows().getFirst().vetoed()).as("vetoed in Q2 only").isFalse();
        assertThat(standings.periods().get(1).rows().getLast())
                .extracting(PeriodRow::unitName, PeriodRow::vetoed).containsExactly("一公司", true);

        harness.publish(projection, new VetoLifted(ID, "u1", "Q2", "经复核责任不在本单位"),
                new CampaignConcluded(ID, List.of("u1", "u2"), "先进集体"));
        CampaignDocument concluded = queries.campaign(ID).orElseThrow();
        assertThat(concluded.vetoes()).isEmpty();
        assertThat(concluded.concluded()).isTrue();
        assertThat(queries.standings(concluded).overall()).extracting(OverallRow::unitName, OverallRow::awarded)
                .containsExactly(tuple("一公司", true), tuple("二公司", true), tuple("三公司", false));
    }

    @Test
    void aReportShowsItsStateCorrectionsAndTheDecisionAndARedeliveryCountsOnce() {
        List<TrackedEventMessage<?>> delivered = harness.publishToAll(List.of(projection),
                new CampaignCreated(ID, "竞赛", "安康杯", "省总工会", List.of(new Period("Q1", "第一季度")),
                        List.of(new Unit("u1", "一公司"), new Unit("u2", "二公司")), INDICATORS, 1, "先进集体"),
                new ReportSubmitted(ID, "u1", "Q1", values("1", "1", "0"), null, false),
                new ReportRejected(ID, "u1", "Q1", "产值单位应为万元"),
                new ReportSubmitted(ID, "u1", "Q1", values("10000", "1", "0"), "已更正", true));
        harness.redeliver(List.of(projection), delivered.getLast());

        UnitReportDocument report = queries.report(ID, "u1", "Q1").orElseThrow();
        assertThat(report.state()).isEqualTo(State.SUBMITTED);
        assertThat(report.corrections()).isEqualTo(1);
        assertThat(report.note()).isEqualTo("已更正");
        assertThat(report.values()).containsEntry("OUTPUT", n("10000"));
        assertThat(report.rejectReason()).isNull();

        harness.publish(projection, new ReportRejected(ID, "u1", "Q1", "能耗数据缺少台账"));
        assertThat(queries.report(ID, "u1", "Q1").orElseThrow())
                .extracting(UnitReportDocument::state, UnitReportDocument::rejectReason)
                .containsExactly(State.REJECTED, "能耗数据缺少台账");
        assertThat(queries.standings(queries.campaign(ID).orElseThrow()).periods().getFirst().scored()).isFalse();
    }
}
