package org.workerscontest.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.api.Gender;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The public notice with its objection form, and the honour roll, as anyone sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = {HonourNoticeView.class, CertificateVerificationView.class})
class HonourPagesTest extends SpringBrowserlessTest {

    @Autowired
    Commands commands;
    @Autowired
    HonourQueries honours;

    String round;
    String tag;

    /** 周敏 shortlisted and in notice from today; 吴静 rejected. */
    private void roundInNotice(LocalDate start) {
        tag = UUID.randomUUID().toString().substring(0, 4);
        round = "round-" + tag;
        commands.sendAs(Actor.SYSTEM, new OpenRound(round, "CRAFTSMAN", "工匠", RecipientKind.PERSON, ContestLevel.CITY,
                2029, 1, null, null, null), null);
        for (String[] nominee : new String[][] {{"n1-" + tag, "周敏" + tag}, {"n2-" + tag, "吴静" + tag}}) {
            commands.sendAs(Actor.SYSTEM, new Nominate(round, nominee[0], new Nominee(RecipientKind.PERSON, nominee[1],
                    Gender.FEMALE, "杭州汽轮机厂", "钳工", true, null), "杭州市总工会", "三十年坚守钳工岗位", List.of()), null);
        }
        commands.sendAs(Actor.SYSTEM, new CloseNominations(round), null);
        commands.sendAs(Actor.SYSTEM, new Shortlist(round, "n1-" + tag), null);
        commands.sendAs(Actor.SYSTEM, new RejectNomination(round, "n2-" + tag, "名额已满"), null);
        commands.sendAs(Actor.SYSTEM, new StartPublicNotice(round, start), null);
    }

    @Test
    void anyoneSeesTheShortlistAndFilesAnObjectionWithAContact() {
        roundInNotice(LocalDate.now(Formats.BEIJING));
        HonourNoticeView notice = navigate(HonourNoticeView.class);
        assertThat(notice.getElement().getTextRecursively()).contains("周敏" + tag, "三十年坚守钳工岗位", "2029 · 市级工匠")
                .doesNotContain("吴静" + tag);

        test($(Button.class).id("object-n1-" + tag)).click();
        test($(TextArea.class).id("objection-text")).setValue("实际工龄不足三十年");
        test($(Button.class).id("objection-send")).click();
        assertThat($(TextField.class).id("objection-contact").getParent().orElseThrow().getParent().orElseThrow()
                .getElement().getTextRecursively()).contains("联系方式不能为空");
        assertThat(honours.nomination("n1-" + tag).orElseThrow().objections()).isEmpty();

        test($(TextField.class).id("objection-contact")).setValue("13700000000");
        test($(Button.class).id("objection-send")).click();
        assertThat(honours.nomination("n1-" + tag).orElseThrow().objections()).singleElement()
                .satisfies(objection -> assertThat(objection.contact()).isEqualTo("13700000000"));
    }

    @Test
    void theHonourRollShowsConferredHonoursByYearAndLevel() {
        LocalDate start = LocalDate.of(2029, 5, 1);
        roundInNotice(start);
        commands.sendAs(Actor.SYSTEM, new Confer(round, start.plusDays(5)), null);
        HonourRollDisplayView roll = navigate(HonourRollDisplayView.class);
        assertThat(roll.getElement().getTextRecursively()).contains("2029 · 市级工匠", "周敏" + tag, "杭州汽轮机厂")
                .doesNotContain("吴静" + tag, "三十年坚守");
        test(roll.year).selectItem("2029");
        test(roll.level).selectItem("省级");
        assertThat(roll.getElement().getTextRecursively()).doesNotContain("周敏" + tag).contains("暂无已授予的荣誉");
    }

    @Test
    void aCertificatesVerificationPageSaysValidThenRevokedAndNothingForAnUnknownId() {
        LocalDate start = LocalDate.of(2029, 5, 1);
        roundInNotice(start);
        commands.sendAs(Actor.SYSTEM, new Confer(round, start.plusDays(5)), null);
        CertificateVerificationView page = navigate(CertificateVerificationView.class, Map.of("nominationId", "n1-" + tag));
        assertThat($(Span.class).id("verify-status").getText()).isEqualTo("有效");
        assertThat(page.getElement().getTextRecursively()).contains("周敏" + tag, "杭州汽轮机厂", "2029 · 市级工匠",
                "2029-05-06").doesNotContain("三十年坚守");

        commands.sendAs(Actor.SYSTEM, new Revoke(round, "n1-" + tag, "弄虚作假"), null);
        page = navigate(CertificateVerificationView.class, Map.of("nominationId", "n1-" + tag));
        assertThat($(Span.class).id("verify-status").getText()).isEqualTo("已撤销");
        assertThat(page.getElement().getTextRecursively()).contains("该荣誉已被撤销，证书作废", "弄虚作假");

        for (String neverCertified : List.of("n2-" + tag, "no-such-nomination")) {
            page = navigate(CertificateVerificationView.class, Map.of("nominationId", neverCertified));
            assertThat(page.getElement().getTextRecursively()).contains("未找到该证书").doesNotContain("吴静");
        }
    }
}
