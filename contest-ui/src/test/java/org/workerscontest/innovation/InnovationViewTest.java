package org.workerscontest.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.innovation.Innovation.ResultView;
import org.workerscontest.innovation.api.InnovationMessages.RecordResult;
import org.workerscontest.innovation.api.InnovationMessages.ResultDetails;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.RegisterWorker;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;

/** The innovation results screen as an organizer uses it: search, and a form that says what is wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ViewPackages(classes = InnovationView.class)
@WithMockUser(username = "zuweihui", roles = "ORGANIZER")
class InnovationViewTest extends SpringBrowserlessTest {

    @Autowired
    Commands commands;
    @Autowired
    InnovationQueries queries;

    String tag;
    String workerId;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 4);
        workerId = "w-" + tag;
        commands.sendAs(Actor.SYSTEM, new RegisterWorker(workerId, "陈建国" + tag, Gender.MALE, "巨化集团", "衢州市",
                "操作工", true), null);
        commands.sendAs(Actor.SYSTEM, new RecordResult("r-" + tag, new ResultDetails("反应釜清洗工装" + tag,
                ResultKind.SMALL_INVENTION, null, List.of(workerId), "巨化集团", "衢州市", LocalDate.of(2025, 8, 1), null,
                new BigDecimal("50000"), null)), null);
    }

    @Test
    void searchingByAnAuthorsChineseNameFindsTheirResults() {
        InnovationView view = navigate(InnovationView.class);
        test(view.text).setValue("陈建国" + tag);
        List<ResultView> shown = view.grid.getListDataView().getItems().toList();
        assertThat(shown).extracting(result -> result.result().title()).containsExactly("反应釜清洗工装" + tag);
        assertThat(shown.getFirst().authors()).containsExactly("陈建国" + tag);
        test(view.kind).selectItem("专利");
        assertThat(view.grid.getListDataView().getItems()).isEmpty();
    }

    @Test
    void theRecordFormRefusesANegativeBenefitAndKeepsWhatWasTyped() {
        navigate(InnovationView.class);
        test($(Button.class).id("record-result")).click();
        ResultForm form = $(ResultForm.class).single();
        test(form.title).setValue("负效益成果" + tag);
        form.authors.setValue(form.authors.getListDataView().getItems()
                .filter(worker -> worker.id().equals(workerId)).toList());
        test(form.unit).setValue("巨化集团");
        test(form.region).setValue("衢州市");
        form.date.setValue(LocalDate.of(2026, 1, 2));
        test(form.claimedBenefit).setValue(new BigDecimal("-1"));
        test($(Button.class).id("dialog-save")).click();
        assertThat(form.getParent().orElseThrow().getParent().orElseThrow().getElement().getTextRecursively())
                .contains("经济效益不能为负数");
        assertThat(form.title.getValue()).isEqualTo("负效益成果" + tag);
        assertThat(queries.search(new InnovationQueries.Filter("负效益成果" + tag, null, null, null, null, null)))
                .isEmpty();

        test(form.claimedBenefit).setValue(new BigDecimal("1000"));
        test($(Button.class).id("dialog-save")).click();
        assertThat(queries.search(new InnovationQueries.Filter("负效益成果" + tag, null, null, null, null, null)))
                .hasSize(1);
    }
}
