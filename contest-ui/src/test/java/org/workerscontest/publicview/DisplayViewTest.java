package org.workerscontest.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.workerscontest.contest.ContestDetailView;
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
import org.workerscontest.scoring.api.ScoringMessages.PublishResults;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScore;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitor;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** The public screen and the ceremony remote, rendered on the server as the browser would get them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = {DisplayView.class, ContestDetailView.class})
@WithMockUser(username = "zuweihui-display", roles = "ORGANIZER")
class DisplayViewTest extends SpringBrowserlessTest {

    static final Actor JUDGE = new Actor("display-judge", "JUDGE");
    static final Actor CHIEF = new Actor("display-chief", "CHIEF_JUDGE");

    @Autowired
    Commands commands;
    @Autowired
    UserQueries users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Ceremonies ceremonies;

    String contestId;
    String tag;

    @BeforeEach
    void setUp() {
        user(JUDGE.user(), Role.JUDGE);
        user(CHIEF.user(), Role.CHIEF_JUDGE);
        contestId = UUID.randomUUID().toString();
        tag = contestId.substring(0, 4);
        commands.sendAs(Actor.SYSTEM, new CreateContest(contestId, "大屏测试赛" + tag, ContestLevel.CITY, "市总工会",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t1", "西湖区代表队", TeamKind.REGION, "西湖区",
                "王建国", "13805710001"), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t2", "滨江区代表队", TeamKind.REGION, "滨江区",
                "李春", "13805710002"), null);
    }

    private void user(String username, Role role) {
        if (users.user(username).isEmpty()) {
            commands.sendAs(Actor.SYSTEM, new CreateUserAccount(username, username, role,
                    passwordEncoder.encode("password-1")), "display-user-" + username);
        }
    }

    /** A discipline with one measured criterion; each competitor gets theory and a practical mark, then a lock. */
    private List<String> discipline(String code, String name, int competitors, int locked) {
        String disciplineId = ScoringMessages.disciplineId(contestId, code);
        commands.sendAs(Actor.SYSTEM, new DefineDiscipline(disciplineId, contestId, code, name, new BigDecimal("0.3"),
                new BigDecimal("0.7"), List.of(new CriterionDefinition("A1", "实操", CriterionKind.MEASUREMENT,
                        new BigDecimal("100")))), null);
        commands.sendAs(Actor.SYSTEM, new AssignPanel(disciplineId, List.of(JUDGE.user()), CHIEF.user(), Map.of()),
                null);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < competitors; i++) {
            String competitorId = code + "-" + i + "-" + contestId;
            String person = name + "选手" + (char) ('甲' + i) + tag;
            names.add(person);
            commands.sendAs(Actor.SYSTEM, new RegisterCompetitor(disciplineId, competitorId, person,
                    i % 2 == 0 ? "t1" : "t2", "杭州某企业"), null);
            commands.sendAs(Actor.SYSTEM, new RecordTheoryScore(disciplineId, competitorId,
                    new BigDecimal(90 - i)), null);
            commands.sendAs(JUDGE, new EnterMark(disciplineId, competitorId, "A1", new BigDecimal("61.37").add(
                    BigDecimal.valueOf(20 - 3L * i)), null), null);
            if (i < locked) {
                commands.sendAs(CHIEF, new LockSheet(disciplineId, competitorId), null);
            }
        }
        return names;
    }

    private void publish(String code) {
        commands.sendAs(Actor.SYSTEM, new PublishResults(ScoringMessages.disciplineId(contestId, code)), null);
    }

    private DisplayView screen(String query) {
        UI.getCurrent().navigate("display/" + contestId, QueryParameters.fromString(query.replaceFirst("^\\?", "")));
        return (DisplayView) getCurrentView();
    }

    private static String text(DisplayView view) {
        return view.getElement().getTextRecursively();
    }

    @Test
    void beforePublicationEveryPublicPageShowsProgressButNeverAMarkOrAName() {
        List<String> names = discipline("ELEC", "电工", 3, 2);

        DisplayView view = screen("");
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.add(text(view));
            view.rotate();
        }
        seen.add(text(screen("?mode=phone")));
        seen.add(navigate("display", DisplayIndexView.class).getElement().getTextRecursively());
        seen.add(navigate("display/honours", HonourRollDisplayView.class).getElement().getTextRecursively());

        assertThat(String.join("\n", seen)).contains("电工", "已完成评分 2 / 3", "大屏测试赛" + tag,
                "光荣榜").doesNotContain(names).doesNotContain("81.37", "78.37", "83.96", "81.56", "13805710001", "王建国");
    }

    @Test
    void theScreenRotatesThroughLeaderboardsMedalTableAndProgressAndAPinnedPageStays() {
        List<String> names = discipline("ELEC", "电工", 12, 12);
        discipline("WELD", "焊工", 2, 1);
        publish("ELEC");

        DisplayView view = screen("");
        assertThat(view.pages).extracting(DisplayView.Page::key)
                .containsExactly("results-ELEC", "results-ELEC-2", "standings", "progress");
        assertThat(text(view)).contains("电工 · 成绩公布（第 1/2 页）", names.getFirst(), "一等奖")
                .doesNotContain(names.get(8));
        view.rotate();
        assertThat(text(view)).contains("（第 2/2 页）", names.get(8), names.get(11));
        view.rotate();
        assertThat(text(view)).contains("代表队奖牌榜", "西湖区代表队", "滨江区代表队");
        view.setPinned(true);
        view.rotate();
        assertThat(text(view)).contains("代表队奖牌榜");
        view.setPinned(false);
        view.rotate();
        assertThat(text(view)).contains("比赛进度", "焊工", "已完成评分 1 / 2").doesNotContain("焊工选手");
        view.rotate();
        assertThat(text(view)).contains("（第 1/2 页）");

        assertThat(text(screen("?page=progress&interval=2"))).contains("比赛进度");
        DisplayView phone = screen("?mode=phone");
        assertThat(text(phone)).contains(names.getFirst(), names.get(11), "代表队奖牌榜", "已完成评分 1 / 2");
        assertThat(text(navigate("display/no-such-contest", DisplayView.class))).contains("未找到该竞赛");
    }

    @Test
    void theCeremonyRevealsPrizeWinnersFromTheLastToTheFirstOnTheScreen() {
        List<String> names = discipline("ELEC", "电工", 4, 4);
        CeremonyView remote = navigate(CeremonyView.class, Map.of("contestId", contestId));
        assertThat(remote.getElement().getTextRecursively()).contains("还没有已发布成绩的项目");
        assertThat(remote.start.isEnabled()).isFalse();
        assertThatThrownBy(() -> ceremonies.start(contestId, "ELEC")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("error.ceremony.notPublished");
        assertThatThrownBy(() -> ceremonies.start(contestId, "NONE")).hasMessageContaining("error.discipline.unknown");
        assertThatThrownBy(() -> ceremonies.next(contestId)).hasMessageContaining("error.ceremony.none");
        publish("ELEC");
        remote = remote();
        test(remote.start).click();
        assertThat(ceremonies.current(contestId)).as("nothing chosen, nothing started").isEmpty();

        test(remote.discipline).selectItem("电工");
        test(remote.start).click();
        assertThat(text(screen(""))).contains("电工 · 颁奖典礼", "共有 3 位获奖选手").doesNotContain(names);

        test(remote().next).click();
        assertThat(text(screen(""))).contains(names.get(2), "三等奖", "还有 2 位获奖选手待揭晓")
                .doesNotContain(names.get(0), names.get(1));
        remote = remote();
        test(remote.next).click();
        test(remote.next).click();
        test(remote.back).click();
        assertThat(text(screen(""))).contains(names.get(1), "二等奖", "还有 1 位获奖选手待揭晓")
                .doesNotContain(names.get(0));
        remote = remote();
        test(remote.next).click();
        assertThat(remote.next.isEnabled()).isFalse();
        assertThat(remote.status.getText()).isEqualTo("电工：已揭晓 3 / 3");
        assertThat(text(screen(""))).contains(names.get(0), "一等奖", names.get(1), names.get(2))
                .doesNotContain("待揭晓").doesNotContain(names.get(3));
        // Phones keep their full view, with the ceremony on top.
        assertThat(text(screen("?mode=phone"))).contains("电工 · 颁奖典礼", "电工 · 成绩公布", names.get(3));

        test(remote().end).click();
        assertThat(text(screen(""))).contains("电工 · 成绩公布").doesNotContain("颁奖典礼");
    }

    private CeremonyView remote() {
        return navigate(CeremonyView.class, Map.of("contestId", contestId));
    }
}
