package org.workerscontest.contest;

import static org.workerscontest.contest.api.ContestMessages.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.scoring.api.Prize;
import org.workerscontest.shared.DomainRuleViolation;

class ContestTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 9, 3);
    private static final ContestCreated CREATED = new ContestCreated("c1", "2026年浙江省职工职业技能大赛",
            ContestLevel.PROVINCIAL, "浙江省总工会", START, END);
    private static final TeamRegistered HANGZHOU = new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION,
            "杭州市", "王建国", "13800000001");

    private AggregateTestFixture<Contest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contest.class);
    }

    @Test
    void createsAContestWithTrimmedTexts() {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "  2026年浙江省职工职业技能大赛 ", ContestLevel.PROVINCIAL, "浙江省总工会 ",
                        START, END))
                .expectSuccessfulHandlerExecution()
                .expectEvents(CREATED);
    }

    @Test
    void aOneDayContestEndsOnItsStartDate() {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "一日赛", ContestLevel.ENTERPRISE, "某公司工会", START, START))
                .expectEvents(new ContestCreated("c1", "一日赛", ContestLevel.ENTERPRISE, "某公司工会", START, START));
    }

    @Test
    void refusesAContestThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "大赛", ContestLevel.CITY, "市总工会", END, START))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.contest.endBeforeStart [2026-09-03, 2026-09-01]")
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "'   ', 市总工会, error.required [field.contest.name]",
            "NULL, 市总工会, error.required [field.contest.name]",
            "大赛, '', error.required [field.contest.organizer]"})
    void refusesBlankTexts(String name, String organizer, String message) {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", name, ContestLevel.CITY, organizer, START, END))
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    @Test
    void refusesAnOverlongNameCountingChineseCharactersAsOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "赛".repeat(101), ContestLevel.CITY, "市总工会", START, END))
                .expectExceptionMessage("error.tooLong [field.contest.name, 100]");
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "赛".repeat(100), ContestLevel.CITY, "市总工会", START, END))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesMissingLevelAndDates() {
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "大赛", null, "市总工会", START, END))
                .expectExceptionMessage("error.required [field.contest.level]");
        fixture.givenNoPriorActivity()
                .when(new CreateContest("c1", "大赛", ContestLevel.CITY, "市总工会", null, END))
                .expectExceptionMessage("error.required [field.contest.startDate]");
    }

    @Test
    void registersATeamAndReturnsItsId() {
        fixture.given(CREATED)
                .when(new RegisterTeam("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "138 0000 0001"))
                .expectResultMessagePayload("t1")
                .expectEvents(HANGZHOU);
    }

    @Test
    void acceptsALandlineWithAreaCode() {
        fixture.given(CREATED)
                .when(new RegisterTeam("c1", "t2", "电力行业代表队", TeamKind.INDUSTRY, "电力", "李明", "0571-87654321"))
                .expectEvents(new TeamRegistered("c1", "t2", "电力行业代表队", TeamKind.INDUSTRY, "电力", "李明",
                        "0571-87654321"));
    }

    @Test
    void refusesADuplicateTeamNameIgnoringCaseAndSpaces() {
        fixture.given(CREATED, new TeamRegistered("c1", "t1", "CRRC Team", TeamKind.INDUSTRY, "轨道交通", "张三",
                        "13800000001"))
                .when(new RegisterTeam("c1", "t2", " crrc team ", TeamKind.INDUSTRY, "轨道交通", "李四", "13800000002"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.team.nameTaken [crrc team]")
                .expectNoEvents();
    }

    @Test
    void aWithdrawnTeamFreesItsName() {
        fixture.given(CREATED, HANGZHOU, new TeamWithdrawn("c1", "t1", "杭州市代表队", null))
                .when(new RegisterTeam("c1", "t2", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAReusedTeamId() {
        fixture.given(CREATED, HANGZHOU)
                .when(new RegisterTeam("c1", "t1", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六", "13800000003"))
                .expectExceptionMessage("error.team.idTaken [t1]");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "'', REGION, 杭州市, 王建国, 13800000001, error.required [field.team.name]",
            "杭州队, NULL, 杭州市, 王建国, 13800000001, error.required [field.team.kind]",
            "杭州队, REGION, ' ', 王建国, 13800000001, error.required [field.team.area]",
            "杭州队, REGION, 杭州市, '', 13800000001, error.required [field.team.leader]",
            "杭州队, REGION, 杭州市, 王建国, NULL, error.required [field.team.phone]",
            "杭州队, REGION, 杭州市, 王建国, 12345, error.phone.invalid [12345]",
            "杭州队, REGION, 杭州市, 王建国, 1380000000a, error.phone.invalid [1380000000a]"})
    void refusesInvalidTeamFields(String name, TeamKind kind, String area, String leader, String phone,
                                  String message) {
        fixture.given(CREATED)
                .when(new RegisterTeam("c1", "t9", name, kind, area, leader, phone))
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    @Test
    void refusesAnOverlongTeamName() {
        fixture.given(CREATED)
                .when(new RegisterTeam("c1", "t9", "队".repeat(51), TeamKind.REGION, "杭州市", "王建国", "13800000001"))
                .expectExceptionMessage("error.tooLong [field.team.name, 50]");
    }

    @Test
    void renamesATeamRecordingTheOldName() {
        fixture.given(CREATED, HANGZHOU)
                .when(new RenameTeam("c1", "t1", "杭州市总工会代表队"))
                .expectEvents(new TeamRenamed("c1", "t1", "杭州市代表队", "杭州市总工会代表队"));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        fixture.given(CREATED, HANGZHOU)
                .when(new RenameTeam("c1", "t1", " 杭州市代表队 "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesRenamingToAnotherTeamsName() {
        fixture.given(CREATED, HANGZHOU, new TeamRegistered("c1", "t2", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六",
                        "13800000003"))
                .when(new RenameTeam("c1", "t2", "杭州市代表队"))
                .expectExceptionMessage("error.team.nameTaken [杭州市代表队]")
                .expectNoEvents();
    }

    @Test
    void refusesRenamingAWithdrawnTeam() {
        fixture.given(CREATED, HANGZHOU, new TeamWithdrawn("c1", "t1", "杭州市代表队", "人员调整"))
                .when(new RenameTeam("c1", "t1", "新名字"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.team.withdrawn [杭州市代表队]")
                .expectNoEvents();
    }

    @Test
    void refusesRenamingAnUnknownTeam() {
        fixture.given(CREATED)
                .when(new RenameTeam("c1", "nope", "新名字"))
                .expectExceptionMessage("error.team.unknown [nope]");
    }

    @Test
    void updatesTheTeamContact() {
        fixture.given(CREATED, HANGZHOU)
                .when(new UpdateTeamContact("c1", "t1", "陈静", "13900000009"))
                .expectEvents(new TeamContactUpdated("c1", "t1", "杭州市代表队", "陈静", "13900000009"));
    }

    @Test
    void refusesABadPhoneOnContactUpdate() {
        fixture.given(CREATED, HANGZHOU)
                .when(new UpdateTeamContact("c1", "t1", "陈静", "call me"))
                .expectExceptionMessage("error.phone.invalid [call me]")
                .expectNoEvents();
    }

    @Test
    void withdrawsATeamOnceOnly() {
        fixture.given(CREATED, HANGZHOU)
                .when(new WithdrawTeam("c1", "t1", " 人员调整 "))
                .expectEvents(new TeamWithdrawn("c1", "t1", "杭州市代表队", "人员调整"));
        fixture.given(CREATED, HANGZHOU, new TeamWithdrawn("c1", "t1", "杭州市代表队", null))
                .when(new WithdrawTeam("c1", "t1", null))
                .expectExceptionMessage("error.team.withdrawn [杭州市代表队]")
                .expectNoEvents();
    }

    @Test
    void aTeamCannotBeRegisteredInAContestThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    private static final CeremonyWinner THIRD = new CeremonyWinner(3, 7, "王强", "杭州市代表队", "国网杭州供电公司",
            new BigDecimal("70"), new BigDecimal("80"), new BigDecimal("77.00"), Prize.THIRD);
    private static final CeremonyWinner FIRST = new CeremonyWinner(1, 2, "李娜", "宁波市代表队", "宁波港集团",
            new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("93.50"), Prize.FIRST);
    private static final CeremonyStarted CEREMONY = new CeremonyStarted("c1", "ELEC", "电工", List.of(THIRD, FIRST));

    @Test
    void aCeremonyRevealsItsWinnersOneByOneFromTheLastPrizeAndEveryStepIsAnEvent() {
        fixture.given(CREATED)
                .when(new StartCeremony("c1", " ELEC ", "电工", List.of(THIRD, FIRST)))
                .expectEvents(CEREMONY);
        fixture.given(CREATED, CEREMONY)
                .when(new RevealNextWinner("c1"))
                .expectEvents(new WinnerRevealed("c1", "ELEC", 1, THIRD));
        fixture.given(CREATED, CEREMONY, new WinnerRevealed("c1", "ELEC", 1, THIRD))
                .when(new RevealNextWinner("c1"))
                .expectEvents(new WinnerRevealed("c1", "ELEC", 2, FIRST));
        fixture.given(CREATED, CEREMONY, new WinnerRevealed("c1", "ELEC", 1, THIRD))
                .when(new HideLastWinner("c1"))
                .expectEvents(new WinnerHidden("c1", "ELEC", 0, THIRD));
        fixture.given(CREATED, CEREMONY)
                .when(new EndCeremony("c1"))
                .expectEvents(new CeremonyEnded("c1", "ELEC"));
    }

    @Test
    void pastTheLastWinnerAndBeforeTheFirstNothingChanges() {
        fixture.given(CREATED, CEREMONY, new WinnerRevealed("c1", "ELEC", 1, THIRD),
                        new WinnerRevealed("c1", "ELEC", 2, FIRST))
                .when(new RevealNextWinner("c1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(CREATED, CEREMONY)
                .when(new HideLastWinner("c1"))
                .expectNoEvents();
    }

    @Test
    void withoutARunningCeremonyOrWinnersThereIsNothingToReveal() {
        fixture.given(CREATED)
                .when(new RevealNextWinner("c1"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.ceremony.none");
        fixture.given(CREATED, CEREMONY, new CeremonyEnded("c1", "ELEC"))
                .when(new HideLastWinner("c1"))
                .expectExceptionMessage("error.ceremony.none");
        fixture.given(CREATED)
                .when(new StartCeremony("c1", "ELEC", "电工", List.of()))
                .expectExceptionMessage("error.ceremony.noWinners [电工]")
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new EndCeremony("c1"))
                .expectNoEvents();
    }
}
