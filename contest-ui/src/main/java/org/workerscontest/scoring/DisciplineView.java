package org.workerscontest.scoring;

import static org.workerscontest.scoring.api.ScoringMessages.disciplineId;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.workerscontest.audit.AuditEntry;
import org.workerscontest.audit.AuditQueries;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestDetailView;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.TeamEntry;
import org.workerscontest.i18n.Translations;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.ScoringQueries.SheetStatus;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.AssignPanel;
import org.workerscontest.scoring.api.ScoringMessages.ConfirmFlag;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.FileAppeal;
import org.workerscontest.scoring.api.ScoringMessages.LockSheet;
import org.workerscontest.scoring.api.ScoringMessages.PublishResults;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScore;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitor;
import org.workerscontest.scoring.api.ScoringMessages.ReopenSheet;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Downloads;
import org.workerscontest.ui.Facts;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.ImportDialog;
import org.workerscontest.user.UserDocument;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * One discipline: its scheme and panel, every sheet's progress, and its results. Organizers set it up
 * and publish; its chief judge confirms flags, locks and reopens sheets.
 */
@Route("contests/:contestId/disciplines/:code")
@PermitAll
public class DisciplineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringQueries scoring;
    private final ContestQueries contests;
    private final UserQueries users;
    private final AuditQueries audit;
    private final Commands commands;
    private final Feedback feedback;
    private final CommandDialogs dialogs;
    private final Translations translations;
    private final ScoringImports imports;
    private final boolean organizer;
    private final String user;
    private final Grid<SheetStatus> sheets = new Grid<>();
    private final Grid<ResultRow> results = new Grid<>();
    private final Div facts = new Div();
    private final Span resultState = new Span();
    private DisciplineDocument discipline;

    public DisciplineView(ScoringQueries scoring, ContestQueries contests, UserQueries users, AuditQueries audit,
                          Commands commands, Feedback feedback, Translations translations, ScoringImports imports,
                          AuthenticationContext authentication) {
        this.imports = imports;
        this.scoring = scoring;
        this.contests = contests;
        this.users = users;
        this.audit = audit;
        this.commands = commands;
        this.feedback = feedback;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        this.translations = translations;
        this.organizer = authentication.hasAnyRole("ADMIN", "ORGANIZER");
        this.user = authentication.getPrincipalName().orElse("");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String contestId = event.getRouteParameters().get("contestId").orElse("");
        String code = event.getRouteParameters().get("code").orElse("");
        discipline = scoring.discipline(disciplineId(contestId, code)).orElse(null);
        RouterLink back = new RouterLink(getTranslation("discipline.back"), ContestDetailView.class,
                new RouteParameters("contestId", contestId));
        if (discipline == null) {
            add(back, new Paragraph(getTranslation("discipline.notFound")));
            return;
        }
        facts.addClassName("contest-summary");
        buildSheetGrid();
        buildResultGrid();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("discipline.tab.sheets"), sheets);
        HorizontalLayout resultBar = new HorizontalLayout(resultState, Downloads.excelAndCsv("api/contests/"
                + contestId + "/disciplines/" + code + "/results", getTranslation("export.xlsx"),
                getTranslation("export.csv")));
        resultBar.setSpacing(true);
        VerticalLayout resultTab = new VerticalLayout(resultBar, results);
        resultTab.setPadding(false);
        resultTab.setSizeFull();
        tabs.add(getTranslation("discipline.tab.results"), resultTab);
        add(back, new H2(discipline.name() + "（" + discipline.code() + "）"), facts, criteriaGrid(), toolbar(), tabs);
        expand(tabs);
        refresh();
    }

    private boolean isChiefJudge() {
        return user.equals(discipline.chiefJudge());
    }

    private Grid<CriterionDefinition> criteriaGrid() {
        Grid<CriterionDefinition> grid = new Grid<>();
        grid.addColumn(CriterionDefinition::code).setHeader(getTranslation("criterion.column.code")).setAutoWidth(true);
        grid.addColumn(CriterionDefinition::name).setHeader(getTranslation("criterion.column.name")).setFlexGrow(2);
        grid.addColumn(criterion -> getTranslation("criterionKind." + criterion.kind()))
                .setHeader(getTranslation("criterion.column.kind")).setAutoWidth(true);
        grid.addColumn(criterion -> criterion.maxMark().toPlainString())
                .setHeader(getTranslation("criterion.column.maxMark")).setAutoWidth(true);
        grid.addColumn(criterion -> criterion.kind() == CriterionKind.JUDGEMENT ? getTranslation("discipline.panel")
                        : discipline.assigneeOf(criterion.code()) == null ? getTranslation("discipline.panel.anyJudge")
                        : discipline.assigneeOf(criterion.code()))
                .setHeader(getTranslation("criterion.column.assignee")).setAutoWidth(true);
        grid.setItems(discipline.criteria());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("criteria");
        return grid;
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout();
        if (organizer) {
            toolbar.add(button(getTranslation("discipline.assignPanel"), VaadinIcon.GAVEL, "assign-panel",
                    click -> openPanel()));
            toolbar.add(button(getTranslation("discipline.registerCompetitor"), VaadinIcon.PLUS, "register-competitor",
                    click -> openRegisterCompetitor()));
            toolbar.add(button(getTranslation("import.competitors"), VaadinIcon.UPLOAD, "import-competitors",
                    click -> new ImportDialog(getTranslation("import.competitors"),
                            getTranslation("import.hint.competitors"), (fileName, content) -> {
                        int count = imports.competitors(discipline, fileName, content, getLocale(),
                                Commands.newRequestId());
                        refresh();
                        return getTranslation("import.competitors.done", count);
                    }).open()));
            toolbar.add(button(getTranslation("import.theory"), VaadinIcon.UPLOAD, "import-theory",
                    click -> new ImportDialog(getTranslation("import.theory"), getTranslation("import.hint.theory"),
                            (fileName, content) -> {
                        int count = imports.theoryScores(discipline, fileName, content, getLocale(),
                                Commands.newRequestId());
                        refresh();
                        return getTranslation("import.theory.done", count);
                    }).open()));
            Button publish = button(getTranslation("discipline.publish"), VaadinIcon.MEGAPHONE, "publish",
                    click -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(publish);
        }
        return toolbar;
    }

    private static Button button(String text, VaadinIcon icon, String id,
                                 ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, icon.create(), listener);
        button.setId(id);
        return button;
    }

    private void buildSheetGrid() {
        sheets.addColumn(status -> status.competitor().startLabel()).setHeader(getTranslation("competitor.column.start"))
                .setAutoWidth(true).setFlexGrow(0);
        sheets.addColumn(status -> status.competitor().name()).setHeader(getTranslation("competitor.column.name"))
                .setAutoWidth(true);
        sheets.addColumn(status -> status.competitor().teamName()).setHeader(getTranslation("competitor.column.team"))
                .setAutoWidth(true);
        sheets.addColumn(status -> plain(status.competitor().theory()))
                .setHeader(getTranslation("competitor.column.theory")).setAutoWidth(true);
        sheets.addColumn(SheetStatus::missingMarks).setHeader(getTranslation("competitor.column.missing"))
                .setAutoWidth(true);
        sheets.addComponentColumn(status -> status.unconfirmedFlags().isEmpty() ? new Span()
                : Badges.badge(String.join(" ", status.unconfirmedFlags()), "error")).setHeader(getTranslation("competitor.column.flags")).setAutoWidth(true);
        sheets.addComponentColumn(status -> {
            String key = status.locked() ? "sheet.status.locked"
                    : status.complete() && status.unconfirmedFlags().isEmpty() ? "sheet.status.complete"
                    : "sheet.status.open";
            return Badges.badge(getTranslation(key), status.locked() ? "success"
                    : key.equals("sheet.status.complete") ? "" : "contrast");
        }).setHeader(getTranslation("competitor.column.status")).setAutoWidth(true);
        sheets.addComponentColumn(this::sheetActions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setKey("actions");
        sheets.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        sheets.setEmptyStateText(getTranslation("common.empty"));
        sheets.setId("sheets");
        sheets.setSizeFull();
    }

    private HorizontalLayout sheetActions(SheetStatus status) {
        CompetitorDocument competitor = status.competitor();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (organizer && !status.locked()) {
            actions.add(Badges.rowAction(getTranslation("sheet.theory"), click -> openTheory(competitor)));
        }
        if (isChiefJudge() && !status.locked() && !status.unconfirmedFlags().isEmpty()) {
            actions.add(Badges.rowAction(getTranslation("sheet.confirmFlag"), click -> openConfirmFlag(status)));
        }
        if (isChiefJudge() && !status.locked()) {
            actions.add(Badges.rowAction(getTranslation("sheet.lock"), click -> act(new LockSheet(discipline.id(), competitor.id()),
                    getTranslation("sheet.locked", competitor.name()))));
        }
        if (isChiefJudge() && status.locked()) {
            actions.add(Badges.rowAction(getTranslation("sheet.reopen"), click -> dialogs.openReasoned(
                    getTranslation("sheet.reopen.title", competitor.name()), getTranslation("sheet.reopen"),
                    reason -> new ReopenSheet(discipline.id(), competitor.id(), reason),
                    getTranslation("sheet.reopened", competitor.name()))));
        }
        if (organizer) {
            actions.add(Badges.rowAction(getTranslation("appeal.file"), click -> dialogs.openReasoned(
                    getTranslation("appeal.file.title", competitor.name()), getTranslation("appeal.file"),
                    reason -> new FileAppeal(discipline.id(), UUID.randomUUID().toString(), competitor.id(), reason),
                    getTranslation("appeal.filed", competitor.name()))));
        }
        actions.add(Badges.rowAction(getTranslation("sheet.history"), click -> openHistory(competitor)));
        return actions;
    }

    private void buildResultGrid() {
        results.addColumn(ResultRow::rank).setHeader(getTranslation("competitor.column.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(row -> "%03d".formatted(row.startNumber())).setHeader(getTranslation("competitor.column.start"))
                .setAutoWidth(true).setFlexGrow(0);
        results.addColumn(ResultRow::name).setHeader(getTranslation("competitor.column.name")).setAutoWidth(true);
        results.addColumn(ResultRow::team).setHeader(getTranslation("competitor.column.team")).setAutoWidth(true);
        results.addColumn(row -> row.theory().toPlainString()).setHeader(getTranslation("competitor.column.theory"));
        results.addColumn(row -> row.practical().toPlainString())
                .setHeader(getTranslation("competitor.column.practical"));
        results.addColumn(row -> row.total().toPlainString()).setHeader(getTranslation("competitor.column.total"));
        results.addComponentColumn(row -> row.prize() == null ? new Span()
                : Badges.badge(getTranslation("prize." + row.prize()), switch (row.prize()) {
                    case FIRST -> "error primary";
                    case SECOND -> "success";
                    case THIRD -> "contrast";
                })).setHeader(getTranslation("competitor.column.prize")).setAutoWidth(true);
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        results.setEmptyStateText(getTranslation("common.empty"));
        results.setId("results");
        results.setSizeFull();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : ScoringRules.round(value).toPlainString();
    }

    private void refresh() {
        discipline = scoring.discipline(discipline.id()).orElse(discipline);
        facts.removeAll();
        facts.add(Facts.fact(getTranslation("discipline.column.weights"), getTranslation("discipline.weights",
                        discipline.theoryWeight().toPlainString(), discipline.practicalWeight().toPlainString())),
                Facts.fact(getTranslation("discipline.panel"), discipline.judges().isEmpty()
                        ? getTranslation("discipline.noPanel") : String.join("、", discipline.judges())),
                Facts.fact(getTranslation("discipline.chiefJudge"), discipline.chiefJudge() == null
                        ? getTranslation("discipline.noPanel") : discipline.chiefJudge()),
                Facts.fact(getTranslation("discipline.column.published"), getTranslation(discipline.published()
                        ? "discipline.published" : "discipline.notPublished")));
        sheets.setItems(scoring.statuses(discipline));
        ScoringQueries.Results current = scoring.results(discipline.id());
        results.setItems(current.rows());
        resultState.setText(getTranslation(current.published() ? "discipline.published" : "discipline.notPublished")
                + " · " + getTranslation("discipline.column.locked") + " " + current.locked() + "/" + current.competitors());
    }

    private void act(Object command, String successMessage) {
        if (feedback.attempt(() -> commands.send(command, null), getLocale())) {
            Feedback.success(successMessage);
        }
        refresh();
    }

    /** A dialog whose action sends one command: closed on success, kept open with the refusal otherwise. */
    private void openTheory(CompetitorDocument competitor) {
        BigDecimalField score = new BigDecimalField(getTranslation("field.competitor.theory"));
        score.setValue(competitor.theory());
        score.setHelperText("0–100");
        score.setId("theory-score");
        dialogs.open(getTranslation("sheet.theory.title", competitor.name()), score, getTranslation("common.save"),
                null, () -> new RecordTheoryScore(discipline.id(), competitor.id(), score.getValue()),
                () -> getTranslation("sheet.theory.saved", competitor.name()));
    }

    private void openConfirmFlag(SheetStatus status) {
        Select<String> criterion = new Select<>();
        criterion.setLabel(getTranslation("criterion.column.name"));
        criterion.setItems(status.unconfirmedFlags());
        criterion.setValue(status.unconfirmedFlags().getFirst());
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setId("reason");
        VerticalLayout content = new VerticalLayout(criterion, reason);
        content.setPadding(false);
        dialogs.open(getTranslation("sheet.confirmFlag.title", status.competitor().name()), content,
                getTranslation("sheet.confirmFlag"), null, () -> new ConfirmFlag(discipline.id(),
                        status.competitor().id(), criterion.getValue(), reason.getValue()),
                () -> getTranslation("sheet.flagConfirmed", criterion.getValue()));
    }

    private void openHistory(CompetitorDocument competitor) {
        Grid<AuditEntry> history = new Grid<>();
        history.addColumn(entry -> Formats.time(entry.at())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        history.addColumn(AuditEntry::user).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        history.addColumn(entry -> getTranslation("event." + entry.type())).setHeader(getTranslation("audit.column.type"))
                .setAutoWidth(true);
        history.addColumn(entry -> translations.fill("audit.summary." + entry.type(), getLocale(), entry.details()))
                .setHeader(getTranslation("audit.column.summary")).setFlexGrow(1);
        history.setItems(audit.competitorHistory(competitor.id()));
        history.setWidth("60em");
        history.setId("history");
        FormDialog dialog = new FormDialog(getTranslation("sheet.history.title", competitor.name()), history,
                getTranslation("common.close"), opened -> true);
        dialog.open();
    }

    private void openPanel() {
        List<UserDocument> enabled = users.users().stream().filter(account -> !account.disabled()).toList();
        MultiSelectComboBox<String> judges = new MultiSelectComboBox<>(getTranslation("discipline.panel.judges"));
        judges.setItems(enabled.stream().filter(account -> account.role() == Role.JUDGE).map(UserDocument::username)
                .toList());
        judges.setValue(discipline.judges());
        judges.setId("panel-judges");
        ComboBox<String> chief = new ComboBox<>(getTranslation("discipline.chiefJudge"));
        chief.setItems(enabled.stream().filter(account -> account.role() == Role.CHIEF_JUDGE)
                .map(UserDocument::username).toList());
        chief.setValue(discipline.chiefJudge());
        chief.setId("panel-chief");
        FormLayout form = new FormLayout(judges, chief);
        Map<String, Select<String>> assignees = new HashMap<>();
        for (CriterionDefinition criterion : discipline.criteria()) {
            if (criterion.kind() != CriterionKind.MEASUREMENT) {
                continue;
            }
            Select<String> assignee = new Select<>();
            assignee.setLabel(criterion.code() + " " + criterion.name() + " · " + getTranslation("discipline.panel.assignee"));
            assignee.setEmptySelectionAllowed(true);
            assignee.setEmptySelectionCaption(getTranslation("discipline.panel.anyJudge"));
            assignee.setItems(judges.getValue());
            assignee.setValue(discipline.assigneeOf(criterion.code()));
            judges.addValueChangeListener(change -> assignee.setItems(change.getValue()));
            assignees.put(criterion.code(), assignee);
            form.add(assignee);
        }
        dialogs.open(getTranslation("discipline.assignPanel"), form, getTranslation("common.save"), null, () -> {
            Map<String, String> chosen = new HashMap<>();
            assignees.forEach((code, select) -> {
                if (select.getValue() != null) {
                    chosen.put(code, select.getValue());
                }
            });
            return new AssignPanel(discipline.id(), List.copyOf(judges.getSelectedItems()), chief.getValue(), chosen);
        }, () -> getTranslation("discipline.panelAssigned"));
    }

    private void openRegisterCompetitor() {
        TextField name = new TextField(getTranslation("field.competitor.name"));
        name.setId("competitor-name");
        ComboBox<TeamEntry> team = new ComboBox<>(getTranslation("field.competitor.team"));
        team.setItems(contests.teams(discipline.contestId()).stream().filter(entry -> !entry.withdrawn()).toList());
        team.setItemLabelGenerator(TeamEntry::name);
        team.setId("competitor-team");
        TextField employer = new TextField(getTranslation("field.competitor.employer"));
        employer.setMaxLength(ScoringMessages.MAX_EMPLOYER);
        employer.setId("competitor-employer");
        dialogs.open(getTranslation("discipline.registerCompetitor"), new FormLayout(name, team, employer),
                getTranslation("common.save"), Commands.newRequestId(), () -> new RegisterCompetitor(discipline.id(),
                        UUID.randomUUID().toString(), name.getValue(),
                        team.getValue() == null ? null : team.getValue().teamId(), employer.getValue()),
                () -> getTranslation("discipline.competitorRegistered", name.getValue().strip()));
    }

    private void confirmPublish() {
        dialogs.open(getTranslation("discipline.publish"),
                new Paragraph(getTranslation("discipline.publish.confirm", discipline.name())),
                getTranslation("discipline.publish"), null, () -> new PublishResults(discipline.id()),
                () -> getTranslation("discipline.resultsPublished", discipline.name()));
    }

    @Override
    public String getPageTitle() {
        return (discipline == null ? getTranslation("contest.tab.disciplines") : discipline.name()) + " · "
                + getTranslation("app.shortTitle");
    }
}
