package org.workerscontest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.innovation.Innovation;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.worker.WorkerQueries.PossibleDuplicate;
import org.workerscontest.worker.api.Gender;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** An organizer confirms two records are one person on the duplicates screen and sees the merged profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = {WorkersView.class, WorkerProfileView.class, DuplicatesView.class})
@WithMockUser(username = "zuweihui", roles = "ORGANIZER")
class WorkerScreensTest extends SpringBrowserlessTest {

    @Autowired
    Innovation innovation;
    @Autowired
    WorkerQueries workers;

    private void save() {
        test($(Button.class).id("dialog-save")).click();
    }

    @Test
    void namesakesAreMergedOnlyWhenConfirmedAndTheProfileShowsBothRecords() {
        String name = "孙" + UUID.randomUUID().toString().substring(0, 5);
        String kept = innovation.registerWorker(name, Gender.FEMALE, "杭州地铁集团", "杭州市", "列车司机", true, null);
        String joined = innovation.registerWorker(name, Gender.FEMALE, "杭州公交集团", "杭州市", "驾驶员", true, null);

        WorkerProfileView profile = navigate(WorkerProfileView.class, Map.of("workerId", kept));
        test($(Button.class).id("merge-record")).click();
        save();
        assertThat($(FormDialog.class).last().getElement().getTextRecursively()).contains("要并入的档案不能为空");
        $(FormDialog.class).last().close();

        DuplicatesView duplicates = navigate(DuplicatesView.class);
        var pairs = test(duplicates.pairs);
        int row = IntStream.range(0, pairs.size()).filter(index -> {
            PossibleDuplicate pair = pairs.getRow(index);
            return pair.first().name().equals(name);
        }).findFirst().orElseThrow();
        boolean keptIsFirst = pairs.getRow(row).first().id().equals(kept);
        HorizontalLayout actions = (HorizontalLayout) pairs.getCellComponent(row, "actions");
        test((Button) actions.getComponentAt(keptIsFirst ? 0 : 1)).click();
        assertThat($(FormDialog.class).last().getElement().getTextRecursively())
                .contains(name + "（杭州公交集团）的档案将并入" + name + "（杭州地铁集团）的档案");
        save();
        assertThat(workers.worker(joined).orElseThrow().mergedInto()).isEqualTo(kept);
        assertThat(workers.possibleDuplicates()).noneMatch(pair -> pair.first().name().equals(name));

        profile = navigate(WorkerProfileView.class, Map.of("workerId", joined));
        assertThat($(Paragraph.class).id("profile-redirected").getText()).contains("该档案已并入 " + name + " 的档案");
        assertThat(test(profile.merged).size()).isEqualTo(1);
        assertThat(test(profile.merged).getRow(0).unit()).isEqualTo("杭州公交集团");
    }
}
