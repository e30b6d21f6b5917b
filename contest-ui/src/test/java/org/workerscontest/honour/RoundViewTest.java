package org.workerscontest.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.ui.FormDialog;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** An organizer takes a round from nomination through the notice to conferral on the round screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = {RoundView.class, HonoursView.class})
@WithMockUser(username = "zuweihui", roles = "ORGANIZER")
class RoundViewTest extends SpringBrowserlessTest {

    @Autowired
    Commands commands;
    @Autowired
    HonourQueries honours;
    @Autowired
    MongoTemplate mongo;

    private String dialogText() {
        return $(FormDialog.class).last().getElement().getTextRecursively();
    }

    private void save() {
        test($(Button.class).id("dialog-save")).click();
    }

    @Test
    void aRoundGoesFromNominationToConferralOnItsScreen() {
        String round = "view-round-" + UUID.randomUUID().toString().substring(0, 6);
        commands.sendAs(Actor.SYSTEM, new OpenRound(round, "CRAFTSMAN", "工匠", RecipientKind.PERSON,
                ContestLevel.ENTERPRISE, 2030, 1, null, null, "省海港集团"), null);
        RoundView view = navigate(RoundView.class, Map.of("roundId", round));

        test($(Button.class).id("nominate")).click();
        test($(TextField.class).id("nominee-name")).setValue("钱师傅");
        test($(TextField.class).id("nominee-employer")).setValue("杭州汽轮机厂");
        test($(TextField.class).id("nominated-by")).setValue("厂工会");
        save();
        assertThat(dialogText()).contains("主要事迹不能为空");
        test($(TextArea.class).id("nominee-merits")).setValue("四十年专注汽轮机叶片加工");
        save();
        assertThat(honours.nominations(round)).singleElement()
                .satisfies(nomination -> assertThat(nomination.nominee().name()).isEqualTo("钱师傅"));

        test($(Button.class).id("close-nominations")).click();
        save();
        HorizontalLayout row = (HorizontalLayout) test(view.nominations).getCellComponent(0, "actions");
        test((Button) row.getComponentAt(0)).click();
        save();
        assertThat(honours.nominations(round).getFirst().stage()).isEqualTo(Stage.SHORTLISTED);

        test($(Button.class).id("start-notice")).click();
        save();
        RoundDocument inNotice = honours.round(round).orElseThrow();
        assertThat(inNotice.state()).isEqualTo(RoundState.PUBLIC_NOTICE);

        test($(Button.class).id("confer")).click();
        save();
        assertThat(dialogText()).contains("之后才能授予");
        $(DatePicker.class).last().setValue(inNotice.noticeEnds().plusDays(1));
        save();
        assertThat(honours.round(round).orElseThrow().state()).isEqualTo(RoundState.CONCLUDED);
        assertThat(honours.honourRoll(2030, ContestLevel.ENTERPRISE, "CRAFTSMAN")).extracting(n -> n.nominee().name())
                .contains("钱师傅");
    }

    @Test
    void aPendingFirstPrizeIsNominatedFromTheHonoursScreen() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int year = 2040 + new Random().nextInt(60);
        String round = "view-may-day-" + tag;
        commands.sendAs(Actor.SYSTEM, new OpenRound(round, MAY_DAY_MEDAL, "五一劳动奖章", RecipientKind.PERSON,
                ContestLevel.PROVINCIAL, year, 5, null, null, null), null);
        PendingNominationDocument firstPrize = mongo.save(new PendingNominationDocument("competitor-" + tag, "contest-" + tag,
                year + "年浙江省职工职业技能大赛", "电工", year, "郑建" + tag, "杭州市代表队", "国网杭州供电公司",
                year + "年浙江省职工职业技能大赛 电工 一等奖（总分 95.50）", Instant.now()));
        HonoursView view = navigate(HonoursView.class);
        var pending = test(view.pending);
        int row = IntStream.range(0, pending.size()).filter(index -> pending.getRow(index).id().equals(firstPrize.id()))
                .findFirst().orElseThrow();

        test((Button) pending.getCellComponent(row, 3)).click();
        assertThat($(Select.class).id("pending-round").getValue()).as("the provincial May Day round of its year")
                .isEqualTo(honours.round(round).orElseThrow());
        $(Select.class).id("pending-round").clear();
        save();
        assertThat(dialogText()).contains("请选择一个正在接受推荐的评选");
        assertThat(honours.nominations(round)).isEmpty();

        $(Select.class).id("pending-round").setValue(honours.round(round).orElseThrow());
        save();
        assertThat(honours.nominations(round)).singleElement().satisfies(nomination -> {
            assertThat(nomination.nominee().name()).isEqualTo("郑建" + tag);
            assertThat(nomination.merits()).contains("一等奖（总分 95.50）");
        });
        assertThat(honours.pendingNominations()).noneMatch(entry -> entry.id().equals(firstPrize.id()));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorAddsAnHonourToTheCatalogue() {
        String code = "CITY_STAR_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        navigate(HonoursView.class);
        test($(Button.class).id("define-honour")).click();
        test($(TextField.class).id("honour-code")).setValue("city star");
        test($(TextField.class).id("honour-name")).setValue("城市之星");
        save();
        assertThat(dialogText()).contains("荣誉代码「city star」只能由大写字母、数字和下划线组成");
        test($(TextField.class).id("honour-code")).setValue(code);
        save();
        assertThat(dialogText()).contains("至少需要一个授予级别");
        $(CheckboxGroup.class).id("honour-levels").setValue(Set.of(ContestLevel.CITY));
        save();
        assertThat(honours.honour(code)).hasValueSatisfying(honour -> {
            assertThat(honour.name()).isEqualTo("城市之星");
            assertThat(honour.levels()).containsExactly(ContestLevel.CITY);
        });
    }
}
