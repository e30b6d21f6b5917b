package org.workerscontest.scoring;

import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.api.Role;

class DisciplineTest {

    static final String CONTEST = "c1";
    static final String ID = disciplineId(CONTEST, "ELEC");
    static final BigDecimal W_THEORY = new BigDecimal("0.3");
    static final BigDecimal W_PRACTICAL = new BigDecimal("0.7");
    static final CriterionDefinition WIRING = new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT,
            new BigDecimal("40"));
    static final CriterionDefinition SAFETY = new CriterionDefinition("A2", "安全文明", CriterionKind.MEASUREMENT,
            new BigDecimal("30"));
    static final CriterionDefinition CRAFT = new CriterionDefinition("B1", "工艺美观", CriterionKind.JUDGEMENT,
            new BigDecimal("30"));

    static final DisciplineDefined DEFINED = new DisciplineDefined(ID, CONTEST, "ELEC", "电工", W_THEORY, W_PRACTICAL,
            List.of(WIRING, SAFETY, CRAFT));
    static final PanelAssigned PANEL = new PanelAssigned(ID, CONTEST, List.of("j1", "j2", "j3"), "chief",
            Map.of("A1", "j1"));
    static final CompetitorRegistered ZHANG = new CompetitorRegistered(ID, CONTEST, "p1", 1, "张伟", "t1",
            "杭州市代表队", "国网杭州供电公司");
    static final TheoryScoreRecorded ZHANG_THEORY = new TheoryScoreRecorded(ID, CONTEST, "p1", new BigDecimal("90"),
            null);

    /** Every mark of a complete sheet: practical = 36 + 25 + 30 × (3+2+2)/3/3 = 84.33. */
    static final Object[] ZHANG_MARKED = {
            DEFINED, PANEL, ZHANG, ZHANG_THEORY,
            new MarkEntered(ID, CONTEST, "p1", "A1", "j1", new BigDecimal("36")),
            new MarkEntered(ID, CONTEST, "p1", "A2", "j2", new BigDecimal("25")),
            new MarkEntered(ID, CONTEST, "p1", "B1", "j1", new BigDecimal("3")),
            new MarkEntered(ID, CONTEST, "p1", "B1", "j2", new BigDecimal("2")),
            new MarkEntered(ID, CONTEST, "p1", "B1", "j3", new BigDecimal("2"))};
    static final SheetLocked ZHANG_LOCKED = new SheetLocked(ID, CONTEST, "p1", new BigDecimal("90"),
            new BigDecimal("84.33"), new BigDecimal("86.03"));

    AggregateTestFixture<Discipline> fixture;

    static Map<String, Object> as(String user) {
        return Map.of(CommandMetadata.USER, user);
    }

    static Object[] with(Object[] base, Object... more) {
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Discipline.class);
        fixture.registerInjectableResource(new ContestDirectory() {
            @Override
            public boolean contestExists(String contestId) {
                return contestId.equals(CONTEST);
            }

            @Override
            public Optional<String> activeTeamName(String contestId, String teamId) {
                return teamId.equals("t1") ? Optional.of("杭州市代表队") : Optional.empty();
            }

            @Override
            public Optional<Role> roleOf(String username) {
                return switch (username) {
                    case "j1", "j2", "j3", "j4" -> Optional.of(Role.JUDGE);
                    case "chief" -> Optional.of(Role.CHIEF_JUDGE);
                    case "org" -> Optional.of(Role.ORGANIZER);
                    default -> Optional.empty();
                };
            }
        });
    }

    @Nested
    class SetUp {

        @Test
        void definesADisciplineWithItsMarkingScheme() {
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(ID, CONTEST, "ELEC", " 电工 ", W_THEORY, W_PRACTICAL,
                            List.of(WIRING, SAFETY, CRAFT)))
                    .expectEvents(DEFINED);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "weights not adding up to 1 | 0.4 | 0.7 | 40 | 30 | 30 | error.discipline.weights [0.4, 0.7]",
                "negative weight            | -0.3 | 1.3 | 40 | 30 | 30 | error.discipline.weights [-0.3, 1.3]",
                "max marks add up to 90     | 0.3 | 0.7 | 40 | 20 | 30 | error.criteria.sumNot100 [90]",
                "max marks add up to 110    | 0.3 | 0.7 | 50 | 30 | 30 | error.criteria.sumNot100 [110]",
                "zero max mark              | 0.3 | 0.7 | 70 | 0  | 30 | error.criterion.maxMarkInvalid [A2, 0]",
                "three decimals             | 0.3 | 0.7 | 39.995 | 30.005 | 30 | error.criterion.maxMarkInvalid [A1, 39.995]",
        })
        void refusesABadScheme(String why, String wT, String wP, String a1, String a2, String b1, String message) {
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(ID, CONTEST, "ELEC", "电工", new BigDecimal(wT), new BigDecimal(wP),
                            List.of(new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT, new BigDecimal(a1)),
                                    new CriterionDefinition("A2", "安全文明", CriterionKind.MEASUREMENT, new BigDecimal(a2)),
                                    new CriterionDefinition("B1", "工艺美观", CriterionKind.JUDGEMENT, new BigDecimal(b1)))))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(message)
                    .expectNoEvents();
        }

        @Test
        void refusesDuplicateCriteriaNoCriteriaAnUnknownContestAndABadCode() {
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(ID, CONTEST, "ELEC", "电工", W_THEORY, W_PRACTICAL,
                            List.of(WIRING, WIRING, SAFETY)))
                    .expectExceptionMessage("error.criterion.duplicate [A1]");
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(ID, CONTEST, "ELEC", "电工", W_THEORY, W_PRACTICAL, List.of()))
                    .expectExceptionMessage("error.discipline.noCriteria");
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(disciplineId("nope", "ELEC"), "nope", "ELEC", "电工", W_THEORY,
                            W_PRACTICAL, List.of(WIRING, SAFETY, CRAFT)))
                    .expectExceptionMessage("error.contest.unknown [nope]");
            fixture.givenNoPriorActivity()
                    .when(new DefineDiscipline(disciplineId(CONTEST, "电 工"), CONTEST, "电 工", "电工", W_THEORY,
                            W_PRACTICAL, List.of(WIRING, SAFETY, CRAFT)))
                    .expectExceptionMessage("error.discipline.codeInvalid [电 工]");
        }

        @Test
        void assignsAPanelOfJudgesAndAChiefJudge() {
            fixture.given(DEFINED)
                    .when(new AssignPanel(ID, List.of("j1", "j2", "j3"), "chief", Map.of("A1", "j1")))
                    .expectEvents(PANEL);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "two judges for a judgement criterion | j1 j2    | chief | -       | error.panel.tooFewJudges [3, 2]",
                "an organizer on the panel            | j1 j2 org | chief | -      | error.panel.notAJudge [org]",
                "an unknown user on the panel         | j1 j2 x9 | chief | -       | error.panel.notAJudge [x9]",
                "a judge as chief judge               | j1 j2 j3 | j4    | -       | error.panel.notAChiefJudge [j4]",
                "a judge twice                        | j1 j1 j2 j3 | chief | -    | error.panel.duplicateJudge",
                "assignee not on the panel            | j1 j2 j3 | chief | A1=j4   | error.panel.assigneeNotOnPanel [j4, A1]",
                "assignment of a judgement criterion  | j1 j2 j3 | chief | B1=j1   | error.panel.notAMeasurement [B1]",
        })
        void refusesABadPanel(String why, String judges, String chief, String assignment, String message) {
            Map<String, String> assignments = assignment.equals("-") ? Map.of()
                    : Map.of(assignment.split("=")[0], assignment.split("=")[1]);
            fixture.given(DEFINED)
                    .when(new AssignPanel(ID, List.of(judges.split(" ")), chief, assignments))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(message)
                    .expectNoEvents();
        }

        @Test
        void thePanelCannotChangeOnceMarksAreEntered() {
            fixture.given(DEFINED, PANEL, ZHANG, new MarkEntered(ID, CONTEST, "p1", "A2", "j2", BigDecimal.TEN))
                    .when(new AssignPanel(ID, List.of("j2", "j3", "j4"), "chief", Map.of()))
                    .expectExceptionMessage("error.panel.marksEntered");
        }

        @Test
        void registersCompetitorsWithStartNumbersInOrder() {
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new RegisterCompetitor(ID, "p2", "李娜", "t1", null))
                    .expectEvents(new CompetitorRegistered(ID, CONTEST, "p2", 2, "李娜", "t1", "杭州市代表队", null));
        }

        @Test
        void refusesACompetitorOfAnUnknownOrWithdrawnTeamOrWithATakenId() {
            fixture.given(DEFINED)
                    .when(new RegisterCompetitor(ID, "p2", "李娜", "t9", null))
                    .expectExceptionMessage("error.competitor.teamNotActive [t9]");
            fixture.given(DEFINED, ZHANG)
                    .when(new RegisterCompetitor(ID, "p1", "李娜", "t1", null))
                    .expectExceptionMessage("error.competitor.idTaken [p1]");
            fixture.given(DEFINED)
                    .when(new RegisterCompetitor(ID, "p2", " ", "t1", null))
                    .expectExceptionMessage("error.required [field.competitor.name]");
        }

        @Test
        void importedCompetitorsAreRegisteredAllTogetherOrNotAtAll() {
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new RegisterCompetitors(ID, List.of(new NewCompetitor("p2", "李娜", "t1", null),
                            new NewCompetitor("p3", "王强", "t1", "国网宁波供电公司"))))
                    .expectEvents(new CompetitorRegistered(ID, CONTEST, "p2", 2, "李娜", "t1", "杭州市代表队", null),
                            new CompetitorRegistered(ID, CONTEST, "p3", 3, "王强", "t1", "杭州市代表队", "国网宁波供电公司"));
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new RegisterCompetitors(ID, List.of(new NewCompetitor("p2", "李娜", "t1", null),
                            new NewCompetitor("p3", "王强", "t9", null))))
                    .expectExceptionMessage("error.competitor.teamNotActive [t9]")
                    .expectNoEvents();
        }

        @Test
        void importedTheoryScoresAreRecordedAllTogetherOrNotAtAll() {
            fixture.given(DEFINED, ZHANG, new CompetitorRegistered(ID, CONTEST, "p2", 2, "李娜", "t1", "杭州市代表队", null))
                    .when(new RecordTheoryScores(ID, Map.of("p1", new BigDecimal("90"), "p2", new BigDecimal("101"))))
                    .expectExceptionMessage("error.theory.outOfRange [101]")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @CsvSource({"-1, error.theory.outOfRange [-1]", "100.01, error.theory.outOfRange [100.01]",
                "88.125, error.theory.outOfRange [88.125]"})
        void refusesATheoryScoreOutsideZeroToHundredOrWithThreeDecimals(String score, String message) {
            fixture.given(DEFINED, ZHANG)
                    .when(new RecordTheoryScore(ID, "p1", new BigDecimal(score)))
                    .expectExceptionMessage(message);
        }

        @Test
        void recordsAndCorrectsTheTheoryScore() {
            fixture.given(DEFINED, ZHANG, ZHANG_THEORY)
                    .when(new RecordTheoryScore(ID, "p1", new BigDecimal("91.5")))
                    .expectEvents(new TheoryScoreRecorded(ID, CONTEST, "p1", new BigDecimal("91.5"),
                            new BigDecimal("90")));
        }
    }

    @Nested
    class Marking {

        @Test
        void aPanelJudgeEntersAMark() {
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new EnterMark(ID, "p1", "A2", new BigDecimal("27.5"), null), as("j3"))
                    .expectEvents(new MarkEntered(ID, CONTEST, "p1", "A2", "j3", new BigDecimal("27.5")))
                    .expectResultMessagePayload(new MarkReceipt("p1", "A2", "j3", new BigDecimal("27.5"),
                            MarkChange.ENTERED, false));
        }

        @Test
        void theReceiptSaysWhenAJudgementCriterionBecomesFlagged() {
            MarkEntered j1 = new MarkEntered(ID, CONTEST, "p1", "B1", "j1", new BigDecimal("3"));
            fixture.given(DEFINED, PANEL, ZHANG, j1)
                    .when(new EnterMark(ID, "p1", "B1", new BigDecimal("1"), null), as("j2"))
                    .expectEvents(new MarkEntered(ID, CONTEST, "p1", "B1", "j2", new BigDecimal("1")))
                    .expectResultMessagePayload(new MarkReceipt("p1", "B1", "j2", new BigDecimal("1"),
                            MarkChange.ENTERED, true));
            fixture.given(DEFINED, PANEL, ZHANG, j1)
                    .when(new EnterMark(ID, "p1", "B1", new BigDecimal("2"), null), as("j2"))
                    .expectResultMessagePayload(new MarkReceipt("p1", "B1", "j2", new BigDecimal("2"),
                            MarkChange.ENTERED, false));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "a judge off the panel          | j4 | A2 | 10    | error.mark.notOnPanel [j4]",
                "another judge's criterion      | j2 | A1 | 10    | error.mark.notYourCriterion [A1, j1]",
                "an unknown criterion           | j1 | Z9 | 10    | error.criterion.unknown [Z9]",
                "above the max mark             | j2 | A2 | 30.5  | error.mark.outOfRange [A2, 30, 30.5]",
                "negative                       | j2 | A2 | -1    | error.mark.outOfRange [A2, 30, -1]",
                "three decimals                 | j2 | A2 | 12.125 | error.mark.outOfRange [A2, 30, 12.125]",
                "judgement score above 3        | j2 | B1 | 4     | error.mark.judgementScore [B1, 4]",
                "judgement score not whole      | j2 | B1 | 2.5   | error.mark.judgementScore [B1, 2.5]",
        })
        void refusesABadMark(String why, String judge, String criterion, String value, String message) {
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new EnterMark(ID, "p1", criterion, new BigDecimal(value), null), as(judge))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(message)
                    .expectNoEvents();
        }

        @Test
        void refusesMarksBeforeThePanelIsSetAndForUnknownCompetitors() {
            fixture.given(DEFINED, ZHANG)
                    .when(new EnterMark(ID, "p1", "A2", BigDecimal.TEN, null), as("j1"))
                    .expectExceptionMessage("error.mark.noPanel");
            fixture.given(DEFINED, PANEL)
                    .when(new EnterMark(ID, "p9", "A2", BigDecimal.TEN, null), as("j1"))
                    .expectExceptionMessage("error.competitor.unknown [p9]");
        }

        @Test
        void revisingOnesOwnMarkNeedsAReason() {
            MarkEntered first = new MarkEntered(ID, CONTEST, "p1", "A2", "j2", new BigDecimal("25"));
            fixture.given(DEFINED, PANEL, ZHANG, first)
                    .when(new EnterMark(ID, "p1", "A2", new BigDecimal("26"), " "), as("j2"))
                    .expectExceptionMessage("error.mark.reasonRequired [A2]");
            fixture.given(DEFINED, PANEL, ZHANG, first)
                    .when(new EnterMark(ID, "p1", "A2", new BigDecimal("26"), "漏计一项"), as("j2"))
                    .expectEvents(new MarkRevised(ID, CONTEST, "p1", "A2", "j2", new BigDecimal("25"),
                            new BigDecimal("26"), "漏计一项"))
                    .expectResultMessagePayload(new MarkReceipt("p1", "A2", "j2", new BigDecimal("26"),
                            MarkChange.REVISED, false));
            // The same value again changes nothing and needs no reason (a resent form).
            fixture.given(DEFINED, PANEL, ZHANG, first)
                    .when(new EnterMark(ID, "p1", "A2", new BigDecimal("25.00"), null), as("j2"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new MarkReceipt("p1", "A2", "j2", new BigDecimal("25"),
                            MarkChange.UNCHANGED, false));
        }

        @Test
        void noMarkChangesOnALockedSheet() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new EnterMark(ID, "p1", "A2", new BigDecimal("20"), "改分"), as("j2"))
                    .expectExceptionMessage("error.sheet.locked [张伟]");
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new RecordTheoryScore(ID, "p1", BigDecimal.TEN))
                    .expectExceptionMessage("error.sheet.locked [张伟]");
        }
    }

    @Nested
    class Locking {

        @Test
        void theChiefJudgeLocksACompleteSheetWithItsResult() {
            fixture.given(ZHANG_MARKED)
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectEvents(ZHANG_LOCKED);
        }

        @Test
        void onlyTheChiefJudgeLocks() {
            fixture.given(ZHANG_MARKED)
                    .when(new LockSheet(ID, "p1"), as("j1"))
                    .expectExceptionMessage("error.sheet.notChiefJudge");
        }

        @Test
        void anIncompleteSheetOrOneWithoutTheoryCannotBeLocked() {
            fixture.given(DEFINED, PANEL, ZHANG, ZHANG_THEORY,
                            new MarkEntered(ID, CONTEST, "p1", "A1", "j1", new BigDecimal("36")),
                            new MarkEntered(ID, CONTEST, "p1", "B1", "j1", new BigDecimal("3")))
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectExceptionMessage("error.sheet.incomplete [张伟, 3]");
            fixture.given(DEFINED, PANEL, ZHANG)
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectExceptionMessage("error.sheet.theoryMissing [张伟]");
        }

        private final Object[] flagged = with(ZHANG_MARKED,
                new MarkRevised(ID, CONTEST, "p1", "B1", "j3", new BigDecimal("2"), new BigDecimal("1"), "复核"));

        @Test
        void aFlaggedSheetIsLockedOnlyAfterTheChiefJudgeConfirmsTheFlag() {
            fixture.given(flagged)
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectExceptionMessage("error.sheet.flagged [张伟, B1]");
            fixture.given(flagged)
                    .when(new ConfirmFlag(ID, "p1", "B1", "现场复核，评分有据"), as("chief"))
                    .expectEvents(new FlagConfirmed(ID, CONTEST, "p1", "B1", "现场复核，评分有据"));
            // 30 × (3+2+1)/3/3 = 20 → practical 81, total 0.3 × 90 + 0.7 × 81 = 83.70
            fixture.given(with(flagged, new FlagConfirmed(ID, CONTEST, "p1", "B1", "现场复核")))
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectEvents(new SheetLocked(ID, CONTEST, "p1", new BigDecimal("90"), new BigDecimal("81.00"),
                            new BigDecimal("83.70")));
        }

        @Test
        void aRevisionAfterConfirmationNeedsANewConfirmation() {
            fixture.given(with(flagged, new FlagConfirmed(ID, CONTEST, "p1", "B1", "现场复核"),
                            new MarkRevised(ID, CONTEST, "p1", "B1", "j2", new BigDecimal("2"), new BigDecimal("3"), "复核")))
                    .when(new LockSheet(ID, "p1"), as("chief"))
                    .expectExceptionMessage("error.sheet.flagged [张伟, B1]");
        }

        @Test
        void confirmingNeedsAFlagAReasonAndTheChiefJudge() {
            fixture.given(ZHANG_MARKED)
                    .when(new ConfirmFlag(ID, "p1", "B1", "无"), as("chief"))
                    .expectExceptionMessage("error.sheet.notFlagged [B1]");
            fixture.given(flagged)
                    .when(new ConfirmFlag(ID, "p1", "B1", ""), as("chief"))
                    .expectExceptionMessage("error.required [field.reason]");
            fixture.given(flagged)
                    .when(new ConfirmFlag(ID, "p1", "B1", "同意"), as("j1"))
                    .expectExceptionMessage("error.sheet.notChiefJudge");
        }

        @Test
        void theChiefJudgeReopensALockedSheetWithAReason() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new ReopenSheet(ID, "p1", "计分复核"), as("chief"))
                    .expectEvents(new SheetReopened(ID, CONTEST, "p1", "计分复核"));
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new ReopenSheet(ID, "p1", null), as("chief"))
                    .expectExceptionMessage("error.required [field.reason]");
            fixture.given(ZHANG_MARKED)
                    .when(new ReopenSheet(ID, "p1", "复核"), as("chief"))
                    .expectExceptionMessage("error.sheet.notLocked [张伟]");
        }
    }

    @Nested
    class AppealsAndPublication {

        private final AppealFiled appeal = new AppealFiled(ID, CONTEST, "a1", "p1", "t1", "对工艺评分有异议");

        @Test
        void anAppealIsFiledOnceAtATime() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new FileAppeal(ID, "a1", "p1", "对工艺评分有异议"))
                    .expectEvents(appeal);
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, appeal))
                    .when(new FileAppeal(ID, "a2", "p1", "再次申诉"))
                    .expectExceptionMessage("error.appeal.alreadyOpen [张伟]");
        }

        @Test
        void anUpheldAppealReopensTheSheetAndUnpublishesPublishedResults() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, new ResultsPublished(ID, CONTEST), appeal))
                    .when(new UpholdAppeal(ID, "a1", "录入错误属实"), as("chief"))
                    .expectEvents(new AppealUpheld(ID, CONTEST, "a1", "p1", "录入错误属实"),
                            new SheetReopened(ID, CONTEST, "p1", "录入错误属实"),
                            new ResultsUnpublished(ID, CONTEST, "p1"));
        }

        @Test
        void aDismissedAppealLeavesTheSheetAndIsClosed() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, appeal))
                    .when(new DismissAppeal(ID, "a1", "评分符合细则"), as("chief"))
                    .expectEvents(new AppealDismissed(ID, CONTEST, "a1", "p1", "评分符合细则"));
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, appeal,
                            new AppealDismissed(ID, CONTEST, "a1", "p1", "评分符合细则")))
                    .when(new UpholdAppeal(ID, "a1", "改判"), as("chief"))
                    .expectExceptionMessage("error.appeal.closed");
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, appeal))
                    .when(new DismissAppeal(ID, "a1", "评分符合细则"), as("org"))
                    .expectExceptionMessage("error.sheet.notChiefJudge");
        }

        @Test
        void resultsArePublishedOnlyWhenEverySheetIsLockedAndNoAppealIsOpen() {
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED))
                    .when(new PublishResults(ID))
                    .expectEvents(new ResultsPublished(ID, CONTEST));
            fixture.given(ZHANG_MARKED)
                    .when(new PublishResults(ID))
                    .expectExceptionMessage("error.publish.unlockedSheets [1]");
            fixture.given(with(ZHANG_MARKED, ZHANG_LOCKED, appeal))
                    .when(new PublishResults(ID))
                    .expectExceptionMessage("error.publish.openAppeals [1]");
            fixture.given(DEFINED, PANEL)
                    .when(new PublishResults(ID))
                    .expectExceptionMessage("error.publish.noCompetitors");
        }
    }
}
