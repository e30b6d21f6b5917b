package org.workerscontest.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.publicview.CeremonyView;
import org.workerscontest.ui.FormDialog;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;


/** The register and edit team forms as an organizer uses them. */
// One application context for every test class: a second one in the same JVM stalls the first one's
// event processors (seen with two embedded stores side by side).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = {ContestDetailView.class, CeremonyView.class})
@WithMockUser(username = "zuweihui", roles = "ORGANIZER")
class TeamFormTest extends SpringBrowserlessTest {

    @Autowired
    Commands commands;
    @Autowired
    ContestQueries contests;

    String contestId;
    ContestDetailView view;

    @BeforeEach
    void openContest() {
        contestId = UUID.randomUUID().toString();
        commands.sendAs(Actor.SYSTEM, new CreateContest(contestId, "2026年杭州市职工技能大赛", ContestLevel.CITY,
                "杭州市总工会", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3)), null);
        commands.sendAs(Actor.SYSTEM, new RegisterTeam(contestId, "t-1", "西湖区代表队", TeamKind.REGION, "西湖区",
                "王建国", "13805710001"), null);
        view = navigate(ContestDetailView.class, Map.of("contestId", contestId));
    }

    private TeamForm openRegisterForm() {
        test($(Button.class).id("register-team")).click();
        return $(TeamForm.class).single();
    }

    private void save() {
        test($(Button.class).id("dialog-save")).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<TeamEntry> teamGrid() {
        return $(Grid.class).id("teams");
    }

    @Test
    void registeringATeamShowsItInTheContestsTeamList() {
        TeamForm form = openRegisterForm();
        test(form.name).setValue("滨江区代表队");
        test(form.kind).selectItem("地区代表队");
        test(form.area).setValue("滨江区");
        test(form.leader).setValue("李秀英");
        test(form.phone).setValue("0571-87654321");
        save();

        assertThat($(FormDialog.class).all()).isEmpty();
        assertThat(contests.teams(contestId)).extracting(TeamEntry::name)
                .containsExactlyInAnyOrder("西湖区代表队", "滨江区代表队");
        assertThat(test(teamGrid()).size()).isEqualTo(2);
        assertThat(test(teamGrid()).getCellText(1, 0) + test(teamGrid()).getCellText(0, 0)).contains("滨江区代表队");
    }

    @Test
    void fieldsAreCheckedAsTypedAndNothingIsStoredWhileOneIsWrong() {
        TeamForm form = openRegisterForm();
        test(form.name).setValue("萧山区代表队");
        test(form.area).setValue("萧山区");
        test(form.leader).setValue("张伟");
        test(form.phone).setValue("12345");
        save();

        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("联系电话「12345」格式不正确，请填写手机号或带区号的座机号");
        assertThat($(FormDialog.class).all()).hasSize(1);
        assertThat(contests.teams(contestId)).hasSize(1);

        test(form.name).setValue("");
        save();
        assertThat(form.name.getErrorMessage()).isEqualTo("代表队名称不能为空");
        assertThat(contests.teams(contestId)).hasSize(1);
    }

    @Test
    void aDuplicateNameIsRefusedInChineseAndTheFormKeepsWhatWasTyped() {
        TeamForm form = openRegisterForm();
        test(form.name).setValue("西湖区代表队");
        test(form.area).setValue("西湖区");
        test(form.leader).setValue("赵磊");
        test(form.phone).setValue("13805710002");
        save();

        FormDialog dialog = $(FormDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("本竞赛已有名为「西湖区代表队」的代表队");
        assertThat(form.leader.getValue()).isEqualTo("赵磊");
        assertThat(contests.teams(contestId)).hasSize(1);
    }

    @Test
    void editingATeamRenamesItAndUpdatesItsContact() {
        HorizontalLayout actions = (HorizontalLayout) test(teamGrid()).getCellComponent(0, "actions");
        test((Button) actions.getComponentAt(0)).click();
        TeamForm form = $(TeamForm.class).single();
        assertThat(form.area.isReadOnly()).isTrue();
        test(form.name).setValue("西湖区总工会代表队");
        test(form.phone).setValue("13900001111");
        save();

        TeamEntry team = contests.teams(contestId).getFirst();
        assertThat(team.name()).isEqualTo("西湖区总工会代表队");
        assertThat(team.phone()).isEqualTo("13900001111");
        assertThat(team.leader()).isEqualTo("王建国");
    }
}
