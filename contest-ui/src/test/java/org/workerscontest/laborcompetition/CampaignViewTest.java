package org.workerscontest.laborcompetition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.laborcompetition.CampaignDocument.UnitEntry;
import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The campaign screens as a unit reporter and an organizer use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = CampaignView.class)
class CampaignViewTest extends SpringBrowserlessTest {

    static final String REPORTER = "rep-view";

    @Autowired
    Commands commands;
    @Autowired
    LaborQueries queries;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder passwordEncoder;

    String campaignId;

    @BeforeEach
    void setUp() {
        if (users.user(REPORTER).isEmpty()) {
            commands.sendAs(Actor.SYSTEM, new CreateUserAccount(REPORTER, "一公司工会", Role.UNIT_REPORTER,
                    passwordEncoder.encode("password-1")), "campaign-view-user");
        }
        campaignId = UUID.randomUUID().toString();
        commands.sendAs(Actor.SYSTEM, new CreateCampaign(campaignId, "安康杯竞赛 " + campaignId.substring(0, 4), "安康杯",
                "市总工会", Campaigns.quarters(), List.of(new Unit("U01", "一公司"), new Unit("U02", "二公司")), List.of(
                        new Indicator("OUTPUT", "产值", "万元", Direction.HIGHER_IS_BETTER, new BigDecimal("60")),
                        new Indicator("ACCIDENTS", "安全事故", "起", Direction.LOWER_IS_BETTER, new BigDecimal("40"))),
                1, "先进集体"), null);
        commands.sendAs(Actor.SYSTEM, new AssignReporters(campaignId, "U01", List.of(REPORTER)), null);
    }

    private CampaignView open() {
        return navigate(CampaignView.class, Map.of("campaignId", campaignId));
    }

    /** The tab sheet attaches the chosen tab's content as the response goes out. */
    private void show(CampaignView view, String tab) {
        test(view.tabs).select(tab);
        roundTrip();
    }

    @Test
    @WithMockUser(username = REPORTER, roles = "UNIT_REPORTER")
    void aReporterFillsInTheirOwnUnitsReportCheckedAsTyped() {
        CampaignView view = open();
        show(view, "本单位填报");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("本单位：一公司", "第一季度", "未报送").doesNotContain("报表审核", "二公司");

        ReportForm q1 = $(ReportForm.class).first();
        test(q1.fields.get("OUTPUT")).setValue(new BigDecimal("-3"));
        test(q1.fields.get("ACCIDENTS")).setValue(BigDecimal.ZERO);
        assertThat(q1.fields.get("OUTPUT").isInvalid()).isTrue();
        test($(Button.class).id("submit-Q1")).click();
        assertThat(queries.report(campaignId, "U01", "Q1")).isEmpty();

        test(q1.fields.get("OUTPUT")).setValue(new BigDecimal("1250.5"));
        test(q1.note).setValue("含追加投资");
        test($(Button.class).id("submit-Q1")).click();
        UnitReportDocument stored = queries.report(campaignId, "U01", "Q1").orElseThrow();
        assertThat(stored.state()).isEqualTo(State.SUBMITTED);
        assertThat(stored.values()).containsEntry("OUTPUT", new BigDecimal("1250.5"));
        assertThat(stored.submittedBy()).isEqualTo(REPORTER);

        // A missing value is refused by the campaign and shown on the card; nothing changes.
        ReportForm q2 = $(ReportForm.class).all().get(1);
        test(q2.fields.get("OUTPUT")).setValue(new BigDecimal("10"));
        test($(Button.class).id("submit-Q2")).click();
        assertThat($(ReportForm.class).all().get(1).getParent().orElseThrow().getElement().getTextRecursively())
                .contains("请填写指标「安全事故」");
        assertThat(queries.report(campaignId, "U02", "Q2")).isEmpty();
    }

    @Test
    @WithMockUser(username = "someone-else", roles = "UNIT_REPORTER")
    void aReporterOfAnotherUnitOrCampaignSeesNothingOfIt() {
        assertThat(open().getElement().getTextRecursively()).contains("找不到该劳动竞赛").doesNotContain("一公司");
    }

    @Test
    @WithMockUser(username = "zuweihui", roles = "ORGANIZER")
    @SuppressWarnings("unchecked")
    void anOrganizerVerifiesAReportAndTheStandingsFollow() {
        commands.sendAs(new Actor(REPORTER, "UNIT_REPORTER"), new SubmitReport(campaignId, new Report("U01", "Q1",
                Map.of("OUTPUT", new BigDecimal("100"), "ACCIDENTS", BigDecimal.ZERO), null)), null);
        commands.sendAs(Actor.SYSTEM, new SubmitReport(campaignId, new Report("U02", "Q1",
                Map.of("OUTPUT", new BigDecimal("50"), "ACCIDENTS", BigDecimal.ONE), null)), null);
        CampaignView view = open();
        show(view, "报表审核");
        assertThat(view.review.getListDataView().getItems().map(UnitEntry::name)).containsExactly("一公司", "二公司");

        HorizontalLayout actions = (HorizontalLayout) test(view.review).getCellComponent(0, "actions");
        Button verify = (Button) actions.getComponentAt(0);
        assertThat(verify.getText()).isEqualTo("审核通过");
        test(verify).click();
        assertThat(queries.report(campaignId, "U01", "Q1").orElseThrow().state()).isEqualTo(State.VERIFIED);

        show(view, "排名");
        test(view.standingsPeriod).selectItem("第一季度");
        List<Object> rows = view.standings.getListDataView().getItems().toList();
        assertThat(((LaborQueries.PeriodRow) rows.getFirst()).unitName()).isEqualTo("一公司");
        assertThat(((LaborQueries.PeriodRow) rows.getFirst()).score()).isEqualByComparingTo("100");
        assertThat(((LaborQueries.PeriodRow) rows.get(1)).verified()).as("二公司 awaits review").isFalse();
    }

    @Test
    @WithMockUser(username = "zuweihui", roles = "ORGANIZER")
    void theNewCampaignFormShowsTheWeightSumAndRefusesOneThatIsNot100() {
        navigate(CampaignListView.class);
        test($(Button.class).id("new-campaign")).click();
        CampaignForm form = $(CampaignForm.class).single();
        test(form.name).setValue("节能减排劳动竞赛");
        form.theme.setValue("节能减排");
        test(form.organizer).setValue("市总工会");
        test(form.units).setValue("甲厂\n乙厂\n\n丙厂");
        CampaignForm.IndicatorRow row = form.rows.getFirst();
        test(row.code).setValue("ENERGY");
        test(row.name).setValue("综合能耗");
        test(row.unitOfMeasure).setValue("吨标煤");
        test(row.direction).selectItem("越低越好");
        test(row.weight).setValue(new BigDecimal("90"));
        assertThat(form.getElement().getTextRecursively()).contains("权重合计：90");
        test($(Button.class).id("dialog-save")).click();
        assertThat(form.getParent().orElseThrow().getParent().orElseThrow().getElement().getTextRecursively())
                .contains("各指标权重之和应为 100，当前为 90");

        test(row.weight).setValue(new BigDecimal("100"));
        test($(Button.class).id("dialog-save")).click();
        CampaignDocument created = queries.campaigns().stream()
                .filter(campaign -> campaign.name().equals("节能减排劳动竞赛")).findFirst().orElseThrow();
        assertThat(created.units()).extracting(UnitEntry::name).containsExactly("甲厂", "乙厂", "丙厂");
        assertThat(created.periods()).hasSize(4);
        assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
    }
}
