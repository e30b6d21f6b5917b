package org.workerscontest.innovation;

import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.workerscontest.command.Commands;
import org.workerscontest.innovation.Innovation.ResultView;
import org.workerscontest.innovation.InnovationQueries.Filter;
import org.workerscontest.innovation.InnovationResultDocument.State;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Facts;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.ImportDialog;
import org.workerscontest.worker.WorkerQueries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Innovation results: search by Chinese text (title, author, unit, patent number) and filters; organizers
 * record, edit, evaluate, adopt and withdraw them, or import many from a spreadsheet.
 */
@Route("innovation")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class InnovationView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<ResultKind> kind = new Select<>();
    final Select<Grade> grade = new Select<>();
    final Select<Integer> year = new Select<>();
    final TextField region = new TextField();
    final Grid<ResultView> grid = new Grid<>();
    private final Innovation innovation;
    private final InnovationQueries queries;
    private final WorkerQueries workers;
    private final InnovationImports imports;
    private final Commands commands;
    private final Feedback feedback;
    private final CommandDialogs dialogs;

    public InnovationView(Innovation innovation, InnovationQueries queries, WorkerQueries workers,
                          InnovationImports imports, Commands commands, Feedback feedback,
                          AuthenticationContext authentication) {
        this.innovation = innovation;
        this.queries = queries;
        this.workers = workers;
        this.imports = imports;
        this.commands = commands;
        this.feedback = feedback;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        setSizeFull();
        Button record = new Button(getTranslation("result.record"), VaadinIcon.PLUS.create(), click -> openForm(null));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-result");
        Button importFile = new Button(getTranslation("result.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(getTranslation("result.import"), getTranslation("import.hint.results"),
                        (fileName, content) -> {
                            int count = imports.results(fileName, content, getLocale(), null);
                            refresh();
                            return getTranslation("result.imported", count);
                        }).open());
        importFile.setId("import-results");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.innovation")), record, importFile,
                new RouterLink(getTranslation("innovation.statistics"), InnovationStatisticsView.class),
                new RouterLink(getTranslation("innovation.studios"), StudiosView.class));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, filters(), grid);
        buildGrid();
        expand(grid);
        refresh();
    }

    private HorizontalLayout filters() {
        text.setPlaceholder(getTranslation("result.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("18em");
        text.setId("result-search");
        kind.setPlaceholder(getTranslation("field.result.kind"));
        kind.setItems(ResultKind.values());
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("result.anyKind")
                : getTranslation("resultKind." + value));
        kind.setEmptySelectionAllowed(true);
        grade.setPlaceholder(getTranslation("field.result.grade"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(value -> value == null ? getTranslation("result.anyGrade")
                : getTranslation("grade." + value));
        grade.setEmptySelectionAllowed(true);
        year.setPlaceholder(getTranslation("result.year"));
        year.setItems(years());
        year.setItemLabelGenerator(value -> value == null ? getTranslation("result.anyYear") : value + "");
        year.setEmptySelectionAllowed(true);
        region.setPlaceholder(getTranslation("field.result.region"));
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        grade.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        region.addValueChangeListener(change -> refresh());
        return new HorizontalLayout(text, kind, grade, year, region);
    }

    Filter filter() {
        return new Filter(text.getValue(), kind.getValue(), grade.getValue(), year.getValue(), region.getValue(), null);
    }

    private void buildGrid() {
        grid.addColumn(view -> view.result().title()).setHeader(getTranslation("field.result.title")).setFlexGrow(2);
        grid.addColumn(view -> getTranslation("resultKind." + view.result().kind()))
                .setHeader(getTranslation("field.result.kind")).setAutoWidth(true);
        grid.addColumn(view -> String.join("、", view.authors())).setHeader(getTranslation("field.result.authors"))
                .setAutoWidth(true);
        grid.addColumn(view -> view.result().unit()).setHeader(getTranslation("field.result.unit")).setFlexGrow(1);
        grid.addColumn(view -> view.result().region()).setHeader(getTranslation("field.result.region")).setAutoWidth(true);
        grid.addColumn(view -> Formats.date(view.result().date())).setHeader(getTranslation("field.result.date"))
                .setAutoWidth(true);
        grid.addComponentColumn(view -> state(view.result())).setHeader(getTranslation("result.state")).setAutoWidth(true);
        grid.addColumn(view -> money(view.result().verifiedBenefit()))
                .setHeader(getTranslation("field.result.verifiedBenefit")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(click -> openDetails(click.getItem().result().id()));
        grid.setId("results");
    }

    Span state(InnovationResultDocument result) {
        String text = getTranslation("resultState." + result.state())
                + (result.grade() == null ? "" : " · " + getTranslation("grade." + result.grade()));
        return Badges.badge(text, switch (result.state()) {
            case ADOPTED -> "success";
            case WITHDRAWN -> "contrast";
            case EVALUATED -> "";
            case RECORDED -> "contrast";
        });
    }

    static String money(BigDecimal value) {
        return value == null ? "" : String.format("%,.2f", value);
    }

    void refresh() {
        grid.setItems(innovation.views(queries.search(filter())));
    }

    private void openForm(InnovationResultDocument existing) {
        ResultForm form = new ResultForm(workers.workers(), queries.studios(), existing);
        new FormDialog(getTranslation(existing == null ? "result.record" : "result.edit"), form,
                getTranslation("common.save"), dialog -> feedback.attempt(() -> {
                    if (existing == null) {
                        innovation.record(form.details(), null);
                    } else {
                        commands.send(new EditResult(existing.id(), form.details()), null);
                    }
                    Feedback.success(getTranslation("result.saved", form.title.getValue().strip()));
                    refresh();
                }, getLocale(), dialog::showError)).open();
    }

    void openDetails(String resultId) {
        ResultView view = innovation.view(innovation.existing(resultId));
        InnovationResultDocument result = view.result();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(result.title());
        dialog.setWidth("48em");
        Div facts = new Div();
        facts.addClassName("contest-summary");
        facts.add(Facts.fact(getTranslation("field.result.kind"), getTranslation("resultKind." + result.kind())
                + (result.patentNumber() == null ? "" : " " + result.patentNumber())),
                Facts.fact(getTranslation("field.result.authors"), String.join("、", view.authors())),
                Facts.fact(getTranslation("field.result.unit"), result.unit() + " · " + result.region()),
                Facts.fact(getTranslation("field.result.date"), Formats.date(result.date())),
                Facts.fact(getTranslation("field.result.claimedBenefit"), money(result.claimedBenefit())),
                Facts.fact(getTranslation("field.result.verifiedBenefit"), money(result.verifiedBenefit())));
        VerticalLayout content = new VerticalLayout(state(result), facts);
        if (view.studio() != null) {
            content.add(Facts.fact(getTranslation("field.result.studio"), view.studio()));
        }
        if (result.description() != null) {
            content.add(new Paragraph(result.description()));
        }
        if (!result.evaluations().isEmpty()) {
            UnorderedList history = new UnorderedList();
            result.evaluations().forEach(evaluation -> history.add(new ListItem(Formats.time(evaluation.at()) + " "
                    + getTranslation("grade." + evaluation.grade()) + (evaluation.comments() == null ? ""
                    : "：" + evaluation.comments()) + (evaluation.by() == null ? "" : "（" + evaluation.by() + "）"))));
            content.add(new H4(getTranslation("result.evaluations")), history);
        }
        if (result.adoptionComments() != null) {
            content.add(new Paragraph(getTranslation("result.adoptedBecause", result.adoptionComments())));
        }
        if (result.withdrawReason() != null) {
            content.add(new Paragraph(getTranslation("result.withdrawnBecause", result.withdrawReason())));
        }
        content.setPadding(false);
        dialog.add(content);
        Runnable reopen = () -> {
            dialog.close();
            refresh();
        };
        if (result.state() == State.RECORDED) {
            dialog.getFooter().add(new Button(getTranslation("common.edit"), click -> {
                dialog.close();
                openForm(result);
            }));
        }
        if (result.state() == State.RECORDED || result.state() == State.EVALUATED) {
            Button evaluate = new Button(getTranslation("result.evaluate"), click -> {
                reopen.run();
                openEvaluation(result);
            });
            evaluate.setId("evaluate-result");
            Button withdraw = new Button(getTranslation("result.withdraw"), click -> {
                reopen.run();
                dialogs.openReasoned(getTranslation("result.withdraw"), getTranslation("result.withdraw"),
                        reason -> new WithdrawResult(result.id(), reason),
                        getTranslation("result.withdrawn", result.title()));
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(withdraw, evaluate);
        }
        if (result.state() == State.EVALUATED) {
            Button adopt = new Button(getTranslation("result.adopt"), click -> {
                reopen.run();
                openAdoption(result);
            });
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            adopt.setId("adopt-result");
            dialog.getFooter().add(adopt);
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()));
        dialog.open();
    }

    private void openEvaluation(InnovationResultDocument result) {
        Select<Grade> chosen = new Select<>();
        chosen.setLabel(getTranslation("field.result.grade"));
        chosen.setItems(Grade.values());
        chosen.setItemLabelGenerator(value -> getTranslation("grade." + value));
        chosen.setId("evaluation-grade");
        TextArea comments = new TextArea(getTranslation("field.result.comments"));
        comments.setWidthFull();
        comments.setId("evaluation-comments");
        dialogs.open(getTranslation("result.evaluate.title", result.title()), new FormLayout(chosen, comments),
                getTranslation("result.evaluate"), null,
                () -> new EvaluateResult(result.id(), chosen.getValue(), comments.getValue()),
                () -> getTranslation("result.evaluated", result.title()));
    }

    private void openAdoption(InnovationResultDocument result) {
        BigDecimalField benefit = new BigDecimalField(getTranslation("field.result.verifiedBenefit"));
        benefit.setValue(result.claimedBenefit());
        benefit.setHelperText(getTranslation("result.adopt.hint", money(result.claimedBenefit())));
        benefit.setId("verified-benefit");
        TextArea comments = new TextArea(getTranslation("field.result.comments"));
        comments.setWidthFull();
        dialogs.open(getTranslation("result.adopt.title", result.title()), new FormLayout(benefit, comments),
                getTranslation("result.adopt"), null,
                () -> new AdoptResult(result.id(), benefit.getValue(), comments.getValue()),
                () -> getTranslation("result.adopted", result.title()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.innovation");
    }

    static List<Integer> years() {
        return IntStream.rangeClosed(2018, 2030).boxed().toList().reversed();
    }
}
