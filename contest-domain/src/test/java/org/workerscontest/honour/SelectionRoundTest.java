package org.workerscontest.honour;

import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.worker.api.Gender;

class SelectionRoundTest {

    static final String ID = "round-1";
    static final LocalDate NOTICE = LocalDate.of(2026, 4, 20);
    static final RoundOpened OPENED = new RoundOpened(ID, "MAY_DAY_MEDAL", "五一劳动奖章", RecipientKind.PERSON,
            ContestLevel.PROVINCIAL, 2026, 2, 5, 50, "浙江省总工会");

    static Nominee person(String name, boolean frontLine) {
        return new Nominee(RecipientKind.PERSON, name, Gender.MALE, "省海港集团", "桥吊司机", frontLine, null);
    }

    static Nominated nominated(String id, String name, boolean frontLine) {
        return new Nominated(ID, id, person(name, frontLine), "省总工会", "技术革新成果多项", List.of());
    }

    AggregateTestFixture<SelectionRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SelectionRound.class);
    }

    /** n1 and n2 shortlisted (n1 front-line), n3 rejected, notice 20 to 24 April. */
    static List<Object> inNotice() {
        return new ArrayList<>(List.of(OPENED, nominated("n1", "王海涛", true), nominated("n2", "李建华", false),
                nominated("n3", "张晓东", true), new NominationsClosed(ID), new Shortlisted(ID, "n1"),
                new Shortlisted(ID, "n2"), new NominationRejected(ID, "n3", "事迹材料不实"),
                new PublicNoticeStarted(ID, NOTICE, NOTICE.plusDays(4))));
    }

    @Test
    void aRoundOpensWithAtLeastFiveDaysOfNotice() {
        fixture.givenNoPriorActivity().when(new OpenRound(ID, "MAY_DAY_MEDAL", "五一劳动奖章", RecipientKind.PERSON,
                ContestLevel.PROVINCIAL, 2026, 2, null, 50, "浙江省总工会")).expectEvents(OPENED);
        fixture.givenNoPriorActivity().when(new OpenRound(ID, "MAY_DAY_MEDAL", "五一劳动奖章", RecipientKind.PERSON,
                        ContestLevel.PROVINCIAL, 2026, 2, 3, null, null))
                .expectException(DomainRuleViolation.class).expectExceptionMessage("error.round.noticeTooShort [5]");
        fixture.givenNoPriorActivity().when(new OpenRound(ID, "MAY_DAY_MEDAL", "五一劳动奖章", RecipientKind.PERSON,
                ContestLevel.PROVINCIAL, 2026, 0, null, null, null)).expectExceptionMessage("error.round.quota [0]");
        fixture.givenNoPriorActivity().when(new OpenRound(ID, "MAY_DAY_MEDAL", "五一劳动奖章", RecipientKind.PERSON,
                ContestLevel.PROVINCIAL, 2026, 2, null, 120, null)).expectExceptionMessage("error.round.frontLineShare [120]");
    }

    @Test
    void nominationsAreTakenOnlyWhileOpenAndOfTheRightKind() {
        fixture.given(OPENED).when(new Nominate(ID, "n1", person(" 王海涛 ", true), "省总工会", "技术革新成果多项",
                List.of("事迹材料.pdf", " "))).expectEvents(new Nominated(ID, "n1", person("王海涛", true), "省总工会",
                "技术革新成果多项", List.of("事迹材料.pdf")));
        fixture.given(OPENED).when(new Nominate(ID, "n1", new Nominee(RecipientKind.UNIT, "省海港集团", null, "省国资委",
                        null, false, null), "省总工会", "业绩突出", List.of()))
                .expectExceptionMessage("error.nomination.wrongKind [field.recipientKind.PERSON]");
        fixture.given(OPENED, nominated("n1", "王海涛", true), new NominationsClosed(ID))
                .when(new Nominate(ID, "n2", person("李建华", true), "省总工会", "业绩", List.of()))
                .expectExceptionMessage("error.round.notOpen [field.roundState.REVIEWING]");
        fixture.given(OPENED).when(new Nominate(ID, "n1", person("王海涛", true), "省总工会", " ", List.of()))
                .expectExceptionMessage("error.required [field.nomination.merits]");
    }

    @Test
    void shortlistingBeyondTheQuotaIsRefused() {
        fixture.given(OPENED, nominated("n1", "王海涛", true), nominated("n2", "李建华", false),
                        nominated("n3", "张晓东", true), new NominationsClosed(ID), new Shortlisted(ID, "n1"),
                        new Shortlisted(ID, "n2"))
                .when(new Shortlist(ID, "n3"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.round.quotaFull [2, 张晓东]")
                .expectNoEvents();
        fixture.given(OPENED, nominated("n1", "王海涛", true), new NominationsClosed(ID))
                .when(new RejectNomination(ID, "n1", "")).expectExceptionMessage("error.required [field.reason]");
        fixture.given(OPENED, nominated("n1", "王海涛", true), nominated("n2", "李建华", false), new NominationsClosed(ID),
                        new Shortlisted(ID, "n1"))
                .when(new StartPublicNotice(ID, NOTICE)).expectExceptionMessage("error.round.undecided [1]");
        fixture.given(OPENED, nominated("n1", "王海涛", true), new NominationsClosed(ID), new Shortlisted(ID, "n1"))
                .when(new StartPublicNotice(ID, NOTICE))
                .expectEvents(new PublicNoticeStarted(ID, NOTICE, NOTICE.plusDays(4)));
    }

    @Test
    void anObjectionDuringTheNoticeMustBeResolvedAndAnUpheldOneWithdrawsTheNomination() {
        fixture.given(inNotice()).when(new FileObjection(ID, "o1", "n2", null, "13800000000", "材料造假",
                NOTICE.plusDays(2))).expectEvents(new ObjectionFiled(ID, "o1", "n2", null, "13800000000", "材料造假",
                NOTICE.plusDays(2)));
        fixture.given(inNotice()).when(new FileObjection(ID, "o1", "n2", "匿名", " ", "材料造假", NOTICE))
                .expectExceptionMessage("error.required [field.objection.contact]");
        fixture.given(inNotice()).when(new FileObjection(ID, "o1", "n2", null, "x@example.cn", "材料造假",
                NOTICE.plusDays(5))).expectExceptionMessage("error.objection.outsideNotice [2026-04-20, 2026-04-24]");
        fixture.given(inNotice()).when(new FileObjection(ID, "o1", "n3", null, "x@example.cn", "异议", NOTICE))
                .expectExceptionMessage("error.objection.notInNotice [张晓东]");

        List<Object> objected = inNotice();
        objected.add(new ObjectionFiled(ID, "o1", "n2", null, "13800000000", "材料造假", NOTICE.plusDays(1)));
        fixture.given(objected).when(new Confer(ID, NOTICE.plusDays(10)))
                .expectExceptionMessage("error.conferral.objectionsOpen [1]").expectNoEvents();
        fixture.given(objected).when(new ResolveObjection(ID, "o1", true, "经核实材料不实"))
                .expectEvents(new ObjectionUpheld(ID, "o1", "n2", "经核实材料不实"),
                        new NominationWithdrawn(ID, "n2", "经核实材料不实"));
        fixture.given(objected).when(new ResolveObjection(ID, "o1", false, "经核实无问题"))
                .expectEvents(new ObjectionDismissed(ID, "o1", "n2", "经核实无问题"));
        fixture.given(objected).when(new ResolveObjection(ID, "o9", false, "无"))
                .expectExceptionMessage("error.objection.none [o9]");
    }

    @Test
    void conferralWaitsForTheEndOfTheNoticeAndKeepsTheFrontLineShare() {
        fixture.given(inNotice()).when(new Confer(ID, NOTICE.plusDays(4)))
                .expectExceptionMessage("error.conferral.noticeRunning [2026-04-24]").expectNoEvents();
        fixture.given(inNotice()).when(new Confer(ID, NOTICE.plusDays(5)))
                .expectEvents(new HonoursConferred(ID, List.of("n1", "n2"), NOTICE.plusDays(5)));

        // Without n1 (front-line) only n2 is left: 0 of 1 front-line, below the 50% minimum.
        List<Object> withoutFrontLine = inNotice();
        withoutFrontLine.add(new ObjectionFiled(ID, "o1", "n1", null, "13800000000", "异议", NOTICE));
        withoutFrontLine.add(new ObjectionUpheld(ID, "o1", "n1", "属实"));
        withoutFrontLine.add(new NominationWithdrawn(ID, "n1", "属实"));
        fixture.given(withoutFrontLine).when(new Confer(ID, NOTICE.plusDays(6)))
                .expectExceptionMessage("error.conferral.frontLineShare [0, 1, 50]");
        fixture.given(OPENED, nominated("n1", "王海涛", true), new NominationsClosed(ID)).when(new Confer(ID, NOTICE))
                .expectExceptionMessage("error.conferral.noNotice [field.roundState.REVIEWING]");
    }

    @Test
    void aConferredHonourIsRevokedWithAReasonOnce() {
        List<Object> conferred = inNotice();
        conferred.add(new HonoursConferred(ID, List.of("n1", "n2"), NOTICE.plusDays(5)));
        fixture.given(conferred).when(new Revoke(ID, "n2", "违法违纪"))
                .expectEvents(new HonourRevoked(ID, "n2", "违法违纪"));
        conferred.add(new HonourRevoked(ID, "n2", "违法违纪"));
        fixture.given(conferred).when(new Revoke(ID, "n2", "再次撤销"))
                .expectExceptionMessage("error.revocation.notConferred [李建华]");
        fixture.given(conferred).when(new Revoke(ID, "n3", "未授予"))
                .expectExceptionMessage("error.revocation.notConferred [张晓东]");
        fixture.given(conferred).when(new Revoke(ID, "n1", " "))
                .expectExceptionMessage("error.required [field.reason]");
    }
}
