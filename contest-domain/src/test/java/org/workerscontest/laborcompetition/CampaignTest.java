package org.workerscontest.laborcompetition;

import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.UserDirectory;
import org.workerscontest.user.api.Role;

class CampaignTest {

    static final String ID = "camp-1";
    static final List<Period> QUARTERS = List.of(new Period("Q1", "第一季度"), new Period("Q2", "第二季度"));
    static final List<Unit> UNITS = List.of(new Unit("u1", "一公司"), new Unit("u2", "二公司"), new Unit("u3", "三公司"));
    static final List<Indicator> INDICATORS = LaborScoringTest.INDICATORS;
    static final CampaignCreated CREATED = new CampaignCreated(ID, "2026年“五比一创”劳动竞赛", "五比一创", "省总工会",
            QUARTERS, UNITS, INDICATORS, 2, "先进集体");
    static final ReportersAssigned REPORTERS = new ReportersAssigned(ID, "u1", List.of("rep1"));

    static final Map<String, Object> REPORTER = Map.of(CommandMetadata.USER, "rep1", CommandMetadata.ROLE, "UNIT_REPORTER");
    static final Map<String, Object> ORGANIZER = Map.of(CommandMetadata.USER, "org", CommandMetadata.ROLE, "ORGANIZER");

    AggregateTestFixture<Campaign> fixture;

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static Map<String, BigDecimal> values(String output, String energy, String accidents) {
        return Map.of("OUTPUT", n(output), "ENERGY", n(energy), "ACCIDENTS", n(accidents));
    }

    static ReportSubmitted submitted(String unit, String period, Map<String, BigDecimal> values) {
        return new ReportSubmitted(ID, unit, period, values, null, false);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource((UserDirectory) username -> switch (username) {
            case "rep1", "rep2" -> Optional.of(Role.UNIT_REPORTER);
            case "org" -> Optional.of(Role.ORGANIZER);
            default -> Optional.empty();
        });
    }

    @Nested
    class SetUp {

        @Test
        void createsACampaignWithPeriodsUnitsAndIndicators() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, " 2026年“五比一创”劳动竞赛 ", "五比一创", "省总工会", QUARTERS, UNITS,
                            INDICATORS, 2, "先进集体"))
                    .expectEvents(CREATED);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "weights adding up to 90   | 40 | 30 | 20 | error.campaign.weightsNot100 [90]",
                "weights adding up to 110  | 50 | 30 | 30 | error.campaign.weightsNot100 [110]",
                "a weight of 0             | 70 | 30 | 0  | error.indicator.weight [安全事故]",
                "a negative weight         | 80 | 30 | -10 | error.indicator.weight [安全事故]",
                "weight with 3 decimals    | 40 | 30 | 29.999 | error.indicator.weight [安全事故]"})
        void refusesWeightsThatDoNotAddUpTo100(String why, String output, String energy, String accidents,
                                               String message) {
            List<Indicator> indicators = List.of(
                    new Indicator("OUTPUT", "产值", "万元", Direction.HIGHER_IS_BETTER, n(output)),
                    new Indicator("ENERGY", "单位能耗", "吨标煤", Direction.LOWER_IS_BETTER, n(energy)),
                    new Indicator("ACCIDENTS", "安全事故", "起", Direction.LOWER_IS_BETTER, n(accidents)));
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", QUARTERS, UNITS, indicators, 1, "先进集体"))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(message)
                    .expectNoEvents();
        }

        @Test
        void refusesAnIncompleteSetUp() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", List.of(), UNITS, INDICATORS, 1, "先进集体"))
                    .expectExceptionMessage("error.campaign.noPeriods");
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", QUARTERS, UNITS.subList(0, 1), INDICATORS,
                            1, "先进集体"))
                    .expectExceptionMessage("error.campaign.tooFewUnits");
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", QUARTERS,
                            List.of(new Unit("u1", "一公司"), new Unit("u2", "一公司")), INDICATORS, 1, "先进集体"))
                    .expectExceptionMessage("error.campaign.duplicateUnit [一公司]");
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", QUARTERS, UNITS, INDICATORS, 4, "先进集体"))
                    .expectExceptionMessage("error.campaign.awardCount [4, 3]");
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", QUARTERS, UNITS, INDICATORS, 1, " "))
                    .expectExceptionMessage("error.required [field.campaign.awardName]");
            fixture.givenNoPriorActivity()
                    .when(new CreateCampaign(ID, "竞赛", "安康杯", "省总工会", List.of(new Period("Q.1", "一季度")), UNITS,
                            INDICATORS, 1, "先进集体"))
                    .expectExceptionMessage("error.campaign.codeInvalid [Q.1]");
        }

        @Test
        void reportersMustBeUnitReportersAndReportForOneUnitOnly() {
            fixture.given(CREATED).when(new AssignReporters(ID, "u1", List.of("rep1", "rep1")))
                    .expectEvents(REPORTERS);
            fixture.given(CREATED).when(new AssignReporters(ID, "u1", List.of("org")))
                    .expectExceptionMessage("error.reporter.notAReporter [org]");
            fixture.given(CREATED, REPORTERS).when(new AssignReporters(ID, "u2", List.of("rep1")))
                    .expectExceptionMessage("error.reporter.otherUnit [rep1, 一公司]");
            fixture.given(CREATED, REPORTERS).when(new AssignReporters(ID, "u9", List.of("rep2")))
                    .expectExceptionMessage("error.unit.unknown [u9]");
        }
    }

    @Nested
    class Reports {

        @Test
        void aReporterSubmitsAndCorrectsTheirUnitsReportUntilItIsVerified() {
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("200.00", "50", "0"), " 按时报送 ")),
                            REPORTER)
                    .expectEvents(new ReportSubmitted(ID, "u1", "Q1", values("200", "50", "0"), "按时报送", false));
            fixture.given(CREATED, REPORTERS, submitted("u1", "Q1", values("200", "50", "0")))
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("210", "50", "0"), null)), REPORTER)
                    .expectEvents(new ReportSubmitted(ID, "u1", "Q1", values("210", "50", "0"), null, true));
            fixture.given(CREATED, REPORTERS, submitted("u1", "Q1", values("200", "50", "0")))
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("200", "50", "0"), null)), REPORTER)
                    .expectNoEvents();
            fixture.given(CREATED, REPORTERS, submitted("u1", "Q1", values("200", "50", "0")),
                            new ReportVerified(ID, "u1", "Q1", values("200", "50", "0")))
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("210", "50", "0"), null)), REPORTER)
                    .expectExceptionMessage("error.report.verified [一公司, Q1]");
        }

        @Test
        void aReporterOfAnotherUnitIsRefused() {
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u2", "Q1", values("1", "1", "0"), null)), REPORTER)
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage("error.report.notYourUnit [二公司]")
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("1", "1", "0"), null)),
                            Map.of(CommandMetadata.USER, "j1", CommandMetadata.ROLE, "JUDGE"))
                    .expectExceptionMessage("error.report.notAllowed");
        }

        @Test
        void aReportForAClosedPeriodIsRefusedUnlessItWasRejectedAndIsBeingPutRight() {
            fixture.given(CREATED, REPORTERS, new PeriodClosed(ID, "Q1"))
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("1", "1", "0"), null)), REPORTER)
                    .expectExceptionMessage("error.report.periodClosed [Q1]")
                    .expectNoEvents();
            fixture.given(CREATED, REPORTERS, submitted("u1", "Q1", values("1", "1", "0")),
                            new PeriodClosed(ID, "Q1"), new ReportRejected(ID, "u1", "Q1", "产值单位填错"))
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values("10000", "1", "0"), null)), REPORTER)
                    .expectEvents(new ReportSubmitted(ID, "u1", "Q1", values("10000", "1", "0"), null, true));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "a negative value       | -5  | 50 | 0 | error.report.negative [产值]",
                "five decimals          | 1.00001 | 50 | 0 | error.report.value [产值, 4]",
                "an absurd value        | 1000000000001 | 50 | 0 | error.report.value [产值, 4]"})
        void impossibleValuesAreRefused(String why, String output, String energy, String accidents, String message) {
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u1", "Q1", values(output, energy, accidents), null)),
                            REPORTER)
                    .expectExceptionMessage(message)
                    .expectNoEvents();
        }

        @Test
        void everyIndicatorNeedsAValueAndNoOtherIsAccepted() {
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u1", "Q1", Map.of("OUTPUT", n("1"), "ENERGY", n("1")),
                            null)), REPORTER)
                    .expectExceptionMessage("error.report.valueMissing [安全事故]");
            Map<String, BigDecimal> extra = new java.util.HashMap<>(values("1", "1", "0"));
            extra.put("WATER", n("3"));
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u1", "Q1", extra, null)), REPORTER)
                    .expectExceptionMessage("error.report.indicatorUnknown [WATER]");
            fixture.given(CREATED, REPORTERS)
                    .when(new SubmitReport(ID, new Report("u1", "Q9", values("1", "1", "0"), null)), REPORTER)
                    .expectExceptionMessage("error.period.unknown [Q9]");
        }

        @Test
        void anImportIsTakenWholeOrNotAtAll() {
            fixture.given(CREATED)
                    .when(new ImportReports(ID, List.of(new Report("u1", "Q1", values("1", "1", "0"), null),
                            new Report("u2", "Q1", values("2", "1", "0"), "导入"))), ORGANIZER)
                    .expectEvents(submitted("u1", "Q1", values("1", "1", "0")),
                            new ReportSubmitted(ID, "u2", "Q1", values("2", "1", "0"), "导入", false));
            fixture.given(CREATED)
                    .when(new ImportReports(ID, List.of(new Report("u1", "Q1", values("1", "1", "0"), null),
                            new Report("u2", "Q1", values("-2", "1", "0"), null))), ORGANIZER)
                    .expectExceptionMessage("error.report.negative [产值]")
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(new ImportReports(ID, List.of(new Report("u1", "Q1", values("1", "1", "0"), null),
                            new Report("u1", "Q1", values("2", "1", "0"), null))), ORGANIZER)
                    .expectExceptionMessage("error.report.duplicate [一公司, Q1]");
            fixture.given(CREATED, REPORTERS)
                    .when(new ImportReports(ID, List.of(new Report("u1", "Q1", values("1", "1", "0"), null))),
                            REPORTER)
                    .expectExceptionMessage("error.report.notAllowed");
        }
    }

    @Nested
    class Verification {

        @Test
        void theOrganizerVerifiesOrRejectsWithAReason() {
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")))
                    .when(new VerifyReport(ID, "u1", "Q1"))
                    .expectEvents(new ReportVerified(ID, "u1", "Q1", values("1", "1", "0")));
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")))
                    .when(new RejectReport(ID, "u1", "Q1", "数据与台账不符"))
                    .expectEvents(new ReportRejected(ID, "u1", "Q1", "数据与台账不符"));
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")))
                    .when(new RejectReport(ID, "u1", "Q1", " "))
                    .expectExceptionMessage("error.required [field.reason]");
            fixture.given(CREATED).when(new VerifyReport(ID, "u1", "Q1"))
                    .expectExceptionMessage("error.report.none [一公司, Q1]");
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")),
                            new ReportRejected(ID, "u1", "Q1", "不符"))
                    .when(new VerifyReport(ID, "u1", "Q1"))
                    .expectExceptionMessage("error.report.none [一公司, Q1]");
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")),
                            new ReportVerified(ID, "u1", "Q1", values("1", "1", "0")))
                    .when(new RejectReport(ID, "u1", "Q1", "迟了"))
                    .expectExceptionMessage("error.report.verified [一公司, Q1]");
        }

        @Test
        void aVetoNeedsAReasonAndCanBeLiftedWithOne() {
            fixture.given(CREATED).when(new VetoUnit(ID, "u2", "Q1", "发生较大安全生产事故"))
                    .expectEvents(new UnitVetoed(ID, "u2", "Q1", "发生较大安全生产事故"));
            fixture.given(CREATED, new UnitVetoed(ID, "u2", "Q1", "事故"))
                    .when(new VetoUnit(ID, "u2", "Q1", "事故"))
                    .expectExceptionMessage("error.veto.exists [二公司, Q1]");
            fixture.given(CREATED, new UnitVetoed(ID, "u2", "Q1", "事故"))
                    .when(new LiftVeto(ID, "u2", "Q1", "经复核事故责任不在本单位"))
                    .expectEvents(new VetoLifted(ID, "u2", "Q1", "经复核事故责任不在本单位"));
            fixture.given(CREATED).when(new LiftVeto(ID, "u2", "Q1", "误报"))
                    .expectExceptionMessage("error.veto.none [二公司, Q1]");
            fixture.given(CREATED).when(new VetoUnit(ID, "u2", "Q1", ""))
                    .expectExceptionMessage("error.required [field.reason]");
        }

        @Test
        void aPeriodIsClosedOnce() {
            fixture.given(CREATED).when(new ClosePeriod(ID, "Q1")).expectEvents(new PeriodClosed(ID, "Q1"));
            fixture.given(CREATED, new PeriodClosed(ID, "Q1")).when(new ClosePeriod(ID, "Q1"))
                    .expectExceptionMessage("error.period.closed [Q1]");
        }
    }

    @Nested
    class Conclusion {

        /** The hand-computed campaign of LaborScoringTest: u1 82, u2 75, u3 7.5. */
        List<Object> twoVerifiedQuarters() {
            List<Object> events = new ArrayList<>(List.of(CREATED));
            Object[][] reports = {
                    {"u1", "Q1", values("200", "50", "0")}, {"u2", "Q1", values("100", "40", "2")},
                    {"u3", "Q1", values("0", "80", "1")}, {"u1", "Q2", values("150", "45", "1")},
                    {"u2", "Q2", values("300", "30", "1")}};
            for (Object[] report : reports) {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> values = (Map<String, BigDecimal>) report[2];
                events.add(submitted((String) report[0], (String) report[1], values));
                events.add(new ReportVerified(ID, (String) report[0], (String) report[1], values));
            }
            events.add(new PeriodClosed(ID, "Q1"));
            events.add(new PeriodClosed(ID, "Q2"));
            return events;
        }

        @Test
        void theBestUnitsReceiveTheAwardAndAVetoedUnitDoesNot() {
            fixture.given(twoVerifiedQuarters()).when(new ConcludeCampaign(ID))
                    .expectEvents(new CampaignConcluded(ID, List.of("u1", "u2"), "先进集体"));
            List<Object> vetoed = twoVerifiedQuarters();
            vetoed.add(new UnitVetoed(ID, "u1", "Q2", "发生安全事故"));
            fixture.given(vetoed).when(new ConcludeCampaign(ID))
                    .expectEvents(new CampaignConcluded(ID, List.of("u2", "u3"), "先进集体"));
        }

        @Test
        void concludingWaitsForClosedPeriodsAndDecidedReportsAndEndsTheCampaign() {
            fixture.given(CREATED, new PeriodClosed(ID, "Q1")).when(new ConcludeCampaign(ID))
                    .expectExceptionMessage("error.campaign.periodsOpen [Q2]");
            fixture.given(CREATED, submitted("u1", "Q1", values("1", "1", "0")), new PeriodClosed(ID, "Q1"),
                            new PeriodClosed(ID, "Q2"))
                    .when(new ConcludeCampaign(ID))
                    .expectExceptionMessage("error.campaign.reportsPending [1]");
            List<Object> concluded = twoVerifiedQuarters();
            concluded.add(new CampaignConcluded(ID, List.of("u1", "u2"), "先进集体"));
            fixture.given(concluded).when(new VetoUnit(ID, "u2", "Q1", "事故"))
                    .expectExceptionMessage("error.campaign.concluded");
            fixture.given(concluded).when(new ConcludeCampaign(ID))
                    .expectExceptionMessage("error.campaign.concluded");
        }
    }
}
