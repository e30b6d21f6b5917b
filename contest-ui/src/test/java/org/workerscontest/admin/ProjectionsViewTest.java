package org.workerscontest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.storage.ReadStoreConfiguration;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

/** The read-model maintenance screen as an administrator uses it after the read store was lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = ProjectionsView.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class ProjectionsViewTest extends SpringBrowserlessTest {

    @Autowired
    Commands commands;
    @Autowired
    ContestQueries contests;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadStoreConfiguration.NodeName node;

    @Test
    void rebuildAllBringsBackEveryReadModelAfterConfirmation() {
        commands.sendAs(Actor.SYSTEM, new CreateContest(UUID.randomUUID().toString(), "读模型重建赛", ContestLevel.CITY,
                "湖州市总工会", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), null);
        List<ContestDocument> live = contests.contests();
        mongo.dropCollection(ContestDocument.class);
        assertThat(contests.contests()).isEmpty();

        navigate(ProjectionsView.class);
        test($(Button.class).id("rebuild-all")).click();
        assertThat($(Dialog.class).single().getElement().getTextRecursively())
                .contains("确定从事件存储同时重建全部读模型吗");
        test($(Button.class).id("dialog-save")).click();

        await().atMost(Duration.ofSeconds(60)).until(() -> projections.statuses().stream()
                .allMatch(status -> status.running() && !status.replaying() && status.lag() == 0));
        assertThat(contests.contests()).containsExactlyInAnyOrderElementsOf(live);
        assertThat($(Dialog.class).all()).isEmpty();

        // The open screen follows the rebuild by itself: its next poll shows every read model caught up.
        Grid<ProjectionStatus> grid = $(Grid.class).id("projections");
        assertThat(grid.getGenericDataView().getItems().toList()).as("as drawn when the rebuild started")
                .isNotEqualTo(projections.statuses());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(2_000);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(grid.getGenericDataView().getItems().toList()).isEqualTo(projections.statuses())
                .allMatch(status -> status.lag() == 0);
    }

    /** On several nodes each read model is run by one of them: the screen says which, on every node. */
    @Test
    void eachReadModelShowsTheNodeThatRunsIt() {
        navigate(ProjectionsView.class);
        Grid<ProjectionStatus> grid = $(Grid.class).id("projections");
        assertThat(grid.getColumns().get(4).getHeaderText()).isEqualTo("运行节点");
        for (int row = 0; row < projections.statuses().size(); row++) {
            assertThat(test(grid).getCellText(row, 4)).isEqualTo(node.value());
        }
    }

    @Test
    void everyReadModelIsNamedInChinese() {
        ProjectionsView view = navigate(ProjectionsView.class);
        List<String> names = projections.statuses().stream()
                .map(status -> view.getTranslation("projection.name." + status.name())).toList();
        assertThat(names).hasSize(8).noneMatch(name -> name.startsWith("!") || name.matches("[a-z]+"))
                .contains("竞赛项目、选手与评分", "荣誉评选与荣誉榜", "职工档案");
    }
}
