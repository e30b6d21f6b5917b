package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.AssignPanel;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;
import org.workerscontest.scoring.api.ScoringMessages.EnterMark;
import org.workerscontest.scoring.api.ScoringMessages.LockSheet;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScore;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitor;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** The judge's score sheet as judge "jsheet1" uses it. */
// One application context for every test class: a second one in the same JVM stalls the first one's
// event processors (seen with two embedded stores side by side).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = JudgeView.class)
@WithMockUser(username = "jsheet1", roles = "JUDGE")
class JudgeSheetTest extends SpringBrowserlessTest {

    static final List<String> JUDGES = List.of("jsheet1", "jsheet2", "jsheet3");

    @Autowired
    Commands commands;
    @Autowired
    ScoringQueries scoring;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder passwordEncoder;

    String disciplineId;
    String contestName;
    JudgeView view;

    @BeforeEach
    void setUp() {
        for (String judge : JUDGES) {
            if (users.user(judge).isEmpty()) {
                commands.sendAs(Actor.SYSTEM, new CreateUserAccount(judge, "裁判", Role.JUDGE,
                        passwordEncoder.encode("password-1")), "sheet-user-" + judge);
            }
        }
        if (users.user("jsheetchief").isEmpty()) {
            commands.sendAs(Actor.SYSTEM, new CreateUserAccount("jsheetchief", "裁判长", Role.CHIEF_JUDGE,
                    passwordEncoder.encode("password-1")), "sheet-user-chief");
        }
        String contestId = UUID.randomUUID().toString();
        contestName = "评分表测试赛 " + contestId.substring(0, 6);
        commands.sendAs(Actor.SYSTEM, new CreateContest(contestId, contestName, ContestLevel.CITY, "市总工会",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t1", "西湖区代表队", TeamKind.REGION, "西湖区",
                "王建国", "13805710001"), null);
        disciplineId = ScoringMessages.disciplineId(contestId, "ELEC");
        commands.sendAs(Actor.SYSTEM, new DefineDiscipline(disciplineId, contestId, "ELEC", "电工", new BigDecimal("0.3"),
                new BigDecimal("0.7"), List.of(
                        new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT, new BigDecimal("40")),
                        new CriterionDefinition("A2", "安全文明", CriterionKind.MEASUREMENT, new BigDecimal("30")),
                        new CriterionDefinition("B1", "工艺美观", CriterionKind.JUDGEMENT, new BigDecimal("30")))), null);
        commands.sendAs(Actor.SYSTEM, new AssignPanel(disciplineId, JUDGES, "jsheetchief", Map.of("A2", "jsheet2")),
                null);
        commands.sendAs(Actor.SYSTEM, new RegisterCompetitor(disciplineId, "p1-" + contestId, "张伟", "t1", null), null);
        openSheet();
    }

    /** As the judge does: open the marking desk, choose the discipline and the first competitor. */
    private void openSheet() {
        view = navigate(JudgeView.class);
        test(view.discipline).selectItem(contestName + " · 电工");
        test(view.competitors).select(0);
    }

    private BigDecimalField field(String criterion) {
        return view.form.fields.get(criterion);
    }

    private CompetitorDocument stored() {
        return scoring.competitors(disciplineId).getFirst();
    }

    @Test
    void aJudgeSeesOnlyTheCriteriaTheyMarkAndEntersThem() {
        assertThat(view.form.fields.keySet()).containsExactly("A1", "B1");
        field("A1").setValue(new BigDecimal("36.5"));
        field("B1").setValue(new BigDecimal("2"));
        test(view.form.submit).click();

        assertThat(stored().markOf("A1", "jsheet1")).isEqualByComparingTo("36.5");
        assertThat(stored().markOf("B1", "jsheet1")).isEqualByComparingTo("2");
    }

    @Test
    void valuesAreCheckedAsTypedAndABadOneStopsTheSubmission() {
        field("B1").setValue(new BigDecimal("4"));
        assertThat(field("B1").isInvalid()).isTrue();
        assertThat(field("B1").getErrorMessage()).isEqualTo("只能打 0、1、2、3 分");
        field("A1").setValue(new BigDecimal("40.01"));
        assertThat(field("A1").getErrorMessage()).isEqualTo("分数应在 0–40 之间，最多两位小数");
        test(view.form.submit).click();
        assertThat(stored().marks()).isEmpty();

        field("A1").setValue(new BigDecimal("12.125"));
        assertThat(field("A1").isInvalid()).isTrue();
        field("A1").setValue(new BigDecimal("12.25"));
        assertThat(field("A1").isInvalid()).isFalse();
    }

    @Test
    void changingAnEarlierMarkNeedsAReason() {
        commands.sendAs(new Actor("jsheet1", "JUDGE"), new EnterMark(disciplineId, stored().id(), "A1",
                new BigDecimal("30"), null), null);
        openSheet();
        assertThat(field("A1").getValue()).isEqualByComparingTo("30");

        field("A1").setValue(new BigDecimal("32"));
        test(view.form.submit).click();
        assertThat(view.form.getElement().getTextRecursively()).contains("修改评分项 A1 的已录分数需要填写原因");
        assertThat(stored().markOf("A1", "jsheet1")).isEqualByComparingTo("30");

        test(view.form.reason).setValue("漏计一处接线");
        field("A1").setValue(new BigDecimal("32"));
        test(view.form.submit).click();
        assertThat(stored().markOf("A1", "jsheet1")).isEqualByComparingTo("32");
    }

    @Test
    void aFlaggedCriterionIsHighlightedAndALockedSheetCannotChange() {
        String competitorId = stored().id();
        commands.sendAs(Actor.SYSTEM, new RecordTheoryScore(disciplineId, competitorId, new BigDecimal("80")), null);
        commands.sendAs(new Actor("jsheet1", "JUDGE"), new EnterMark(disciplineId, competitorId, "A1", BigDecimal.TEN,
                null), null);
        commands.sendAs(new Actor("jsheet2", "JUDGE"), new EnterMark(disciplineId, competitorId, "A2", BigDecimal.TEN,
                null), null);
        commands.sendAs(new Actor("jsheet1", "JUDGE"), new EnterMark(disciplineId, competitorId, "B1", BigDecimal.ONE,
                null), null);
        commands.sendAs(new Actor("jsheet2", "JUDGE"), new EnterMark(disciplineId, competitorId, "B1",
                BigDecimal.valueOf(3), null), null);
        openSheet();
        assertThat(view.form.getElement().getTextRecursively()).contains("分差预警：各裁判打分");

        commands.sendAs(new Actor("jsheet3", "JUDGE"), new EnterMark(disciplineId, competitorId, "B1",
                BigDecimal.valueOf(2), null), null);
        commands.sendAs(new Actor("jsheet2", "JUDGE"), new EnterMark(disciplineId, competitorId, "B1",
                BigDecimal.valueOf(2), "复核后修改"), null);
        commands.sendAs(new Actor("jsheetchief", "CHIEF_JUDGE"), new LockSheet(disciplineId, competitorId), null);
        openSheet();
        assertThat(field("A1").isReadOnly()).isTrue();
        assertThat(view.form.submit.isEnabled()).isFalse();
        assertThat(view.form.getElement().getTextRecursively()).contains("该评分表已锁定，不能再修改");
    }
}
