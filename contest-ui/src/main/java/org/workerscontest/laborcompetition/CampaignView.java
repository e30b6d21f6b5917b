package org.workerscontest.laborcompetition;

import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.workerscontest.command.Commands;
import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.CampaignDocument.UnitEntry;
import org.workerscontest.laborcompetition.LaborQueries.Standings;
import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.publicview.CampaignDisplayView;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Facts;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.ImportDialog;
import org.workerscontest.user.UserDocument;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * One labor competition. Organizers see the standings, review the reports period by period (verify,
 * reject, import, close the period, veto), manage units and reporters, read the charts and conclude. A
 * unit reporter sees their own unit's reports, fills them in and corrects them until they are verified.
 */
@Route("campaigns/:campaignId")
@RolesAllowed({"ADMIN", "ORGANIZER", "UNIT_REPORTER"})
public class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LaborQueries queries;
    private final Campaigns campaigns;
    private final LaborImports imports;
    private final UserQueries users;
    private final Commands commands;
    private final Feedback feedback;
    private final CommandDialogs dialogs;
    private final boolean organizer;
    private final String username;
    private final Div summary = new Div();
    final Select<String> standingsPeriod = new Select<>();
    final Grid<Object> standings = new Grid<>();
    private final Span countedNote = new Span();
    final Select<PeriodEntry> reviewPeriod = new Select<>();
    final Grid<UnitEntry> review = new Grid<>();
    final Grid<UnitEntry> unitGrid = new Grid<>();
    final VerticalLayout ownReports = new VerticalLayout();
    private final CampaignCharts charts;
    TabSheet tabs;
    private CampaignDocument campaign;
    private Standings currentStandings;
    /** The shown period's reports by unit id, read once per redraw rather than once per cell. */
    private Map<String, UnitReportDocument> reviewReports = Map.of();

    public CampaignView(LaborQueries queries, Campaigns campaigns, LaborImports imports, UserQueries users,
                        Commands commands, Feedback feedback, AuthenticationContext authentication) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.imports = imports;
        this.users = users;
        this.commands = commands;
        this.feedback = feedback;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        this.organizer = authentication.hasAnyRole("ADMIN", "ORGANIZER");
        this.username = authentication.getPrincipalName().orElse("");
        this.charts = new CampaignCharts();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("campaign.back"), CampaignListView.class);
        campaign = queries.campaign(event.getRouteParameters().get("campaignId").orElse("")).orElse(null);
        Optional<UnitEntry> ownUnit = campaign == null ? Optional.empty() : campaign.unitOfReporter(username);
        if (campaign == null || (!organizer && ownUnit.isEmpty())) {
            add(back, new Paragraph(getTranslation("campaign.notFound")));
            return;
        }
        summary.addClassName("contest-summary");
        tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("campaign-tabs");
        if (!organizer) {
            tabs.add(getTranslation("campaign.tab.ownReports"), ownReports);
        }
        tabs.add(getTranslation("campaign.tab.standings"), standingsTab());
        if (organizer) {
            tabs.add(getTranslation("campaign.tab.review"), reviewTab());
            tabs.add(getTranslation("campaign.tab.units"), unitsTab());
            tabs.add(getTranslation("campaign.tab.charts"), charts);
        }
        HorizontalLayout heading = new HorizontalLayout(new H2(campaign.name()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (organizer && !campaign.concluded()) {
            Button conclude = new Button(getTranslation("campaign.conclude"), VaadinIcon.FLAG_CHECKERED.create(),
                    click -> dialogs.open(getTranslation("campaign.conclude"),
                            new Paragraph(getTranslation("campaign.conclude.confirm", campaign.awardName())),
                            getTranslation("campaign.conclude"), null, () -> new ConcludeCampaign(campaign.id()),
                            () -> getTranslation("campaign.concluded")));
            conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            conclude.setId("conclude-campaign");
            heading.add(conclude);
        }
        add(back, heading, summary, tabs);
        expand(tabs);
        refresh();
    }

    void refresh() {
        campaign = queries.campaign(campaign.id()).orElse(campaign);
        currentStandings = queries.standings(campaign);
        summary.removeAll();
        summary.add(Facts.fact(getTranslation("field.campaign.theme"), campaign.theme()),
                Facts.fact(getTranslation("field.campaign.organizer"), campaign.organizer()),
                Facts.fact(getTranslation("campaign.column.units"), String.valueOf(campaign.units().size())),
                Facts.fact(getTranslation("field.campaign.award"), campaign.awardCount() == 0
                        ? getTranslation("campaign.noAward")
                        : getTranslation("campaign.award", campaign.awardCount(), campaign.awardName())),
                Facts.fact(getTranslation("campaign.column.state"), getTranslation(campaign.concluded()
                        ? "campaign.state.concluded" : "campaign.state.running")));
        showStandings();
        if (organizer) {
            showReview();
            unitGrid.setItems(campaign.units());
            charts.show(campaign, currentStandings);
        } else {
            showOwnReports();
        }
    }

    // Standings: overall, or one period with its indicator scores.

    private Component standingsTab() {
        standingsPeriod.setLabel(getTranslation("campaign.standings.show"));
        standingsPeriod.setItems(Stream.concat(Stream.of(""),
                campaign.periods().stream().map(PeriodEntry::code)).toList());
        standingsPeriod.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("campaign.standings.overall")
                : campaign.period(code).map(PeriodEntry::name).orElse(code));
        standingsPeriod.setValue("");
        standingsPeriod.setId("standings-period");
        standingsPeriod.addValueChangeListener(change -> showStandings());
        standings.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        standings.setId("standings");
        countedNote.setId("counted-note");
        VerticalLayout tab = new VerticalLayout(standingsPeriod, standings, countedNote);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private void showStandings() {
        standings.removeAllColumns();
        String period = standingsPeriod.getValue();
        countedNote.setText(CampaignDisplayView.countedNote(this, campaign, currentStandings));
        countedNote.setVisible(period == null || period.isEmpty());
        if (period == null || period.isEmpty()) {
            // Until a period is closed there is no overall score to rank by: show none rather than all zeros.
            boolean ranked = !currentStandings.countedPeriods().isEmpty();
            standings.addColumn(row -> ranked ? String.valueOf(((LaborQueries.OverallRow) row).rank()) : "—")
                    .setHeader(getTranslation("competitor.column.rank")).setAutoWidth(true);
            standings.addColumn(row -> ((LaborQueries.OverallRow) row).unitName())
                    .setHeader(getTranslation("campaign.column.unit")).setAutoWidth(true);
            for (PeriodEntry entry : campaign.periods()) {
                standings.addColumn(row -> number(((LaborQueries.OverallRow) row).periodScores().get(entry.code())))
                        .setHeader(entry.name()).setAutoWidth(true);
            }
            standings.addColumn(row -> ranked ? number(((LaborQueries.OverallRow) row).score()) : "—")
                    .setHeader(getTranslation("campaign.column.score")).setAutoWidth(true);
            standings.addComponentColumn(row -> overallState((LaborQueries.OverallRow) row))
                    .setHeader(getTranslation("campaign.column.state")).setAutoWidth(true);
            standings.setItems(List.copyOf(currentStandings.overall()));
            return;
        }
        LaborQueries.PeriodStandings periodStandings = currentStandings.periods().stream()
                .filter(entry -> entry.periodCode().equals(period)).findFirst().orElseThrow();
        standings.addColumn(row -> ((LaborQueries.PeriodRow) row).rank())
                .setHeader(getTranslation("competitor.column.rank")).setAutoWidth(true);
        standings.addColumn(row -> ((LaborQueries.PeriodRow) row).unitName())
                .setHeader(getTranslation("campaign.column.unit")).setAutoWidth(true);
        for (Indicator indicator : campaign.indicators()) {
            standings.addColumn(row -> number(((LaborQueries.PeriodRow) row).indicatorScores().get(indicator.code())))
                    .setHeader(getTranslation("campaign.column.indicatorScore", indicator.name(),
                            indicator.weight().stripTrailingZeros().toPlainString())).setAutoWidth(true);
        }
        standings.addColumn(row -> number(((LaborQueries.PeriodRow) row).score()))
                .setHeader(getTranslation("campaign.column.periodScore")).setAutoWidth(true);
        standings.addComponentColumn(row -> periodState((LaborQueries.PeriodRow) row))
                .setHeader(getTranslation("campaign.column.state")).setAutoWidth(true);
        standings.setItems(List.copyOf(periodStandings.rows()));
    }

    private Span overallState(LaborQueries.OverallRow row) {
        if (row.vetoed()) {
            return Badges.badge(getTranslation("campaign.vetoed"), "error");
        }
        return row.awarded() ? Badges.badge(campaign.awardName(), "success") : new Span();
    }

    private Span periodState(LaborQueries.PeriodRow row) {
        if (row.vetoed()) {
            return Badges.badge(getTranslation("campaign.vetoed"), "error");
        }
        return row.verified() ? new Span() : Badges.badge(getTranslation("report.state.none"), "contrast");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    // Review: every unit's report of one period, verified or rejected here.

    private Component reviewTab() {
        reviewPeriod.setLabel(getTranslation("campaign.column.period"));
        reviewPeriod.setItems(campaign.periods());
        reviewPeriod.setItemLabelGenerator(period -> period.name() + (period.closed()
                ? " · " + getTranslation("period.closed") : ""));
        reviewPeriod.setValue(campaign.periods().stream().filter(period -> !period.closed()).findFirst()
                .orElse(campaign.periods().getFirst()));
        reviewPeriod.setId("review-period");
        reviewPeriod.addValueChangeListener(change -> showReview());
        review.addColumn(UnitEntry::name).setHeader(getTranslation("campaign.column.unit")).setAutoWidth(true);
        for (Indicator indicator : campaign.indicators()) {
            review.addColumn(unit -> report(unit).map(report -> number(report.values().get(indicator.code())))
                    .orElse("")).setHeader(indicator.name() + "（" + indicator.unitOfMeasure() + "）").setAutoWidth(true);
        }
        review.addColumn(unit -> report(unit).map(UnitReportDocument::note).orElse(""))
                .setHeader(getTranslation("field.report.note")).setFlexGrow(1);
        review.addComponentColumn(this::reportState).setHeader(getTranslation("campaign.column.state"))
                .setAutoWidth(true);
        review.addColumn(unit -> report(unit).map(report -> report.submittedBy() + " · "
                + Formats.time(report.submittedAt())).orElse("")).setHeader(getTranslation("report.submitted"))
                .setAutoWidth(true);
        // Many indicators make the grid scroll sideways; the actions stay in view.
        review.addComponentColumn(this::reviewActions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setKey("actions").setFrozenToEnd(true);
        review.setId("review");
        Button importFile = new Button(getTranslation("report.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(getTranslation("report.import"), getTranslation("import.hint.reports"),
                        (fileName, content) -> {
                            int count = imports.reports(campaign, fileName, content, getLocale(), null);
                            refresh();
                            return getTranslation("report.imported", count);
                        }).open());
        importFile.setId("import-reports");
        Button close = new Button(getTranslation("period.close"), VaadinIcon.LOCK.create(),
                click -> dialogs.open(getTranslation("period.close"),
                        new Paragraph(getTranslation("period.close.confirm", reviewPeriod.getValue().name())),
                        getTranslation("period.close"), null,
                        () -> new ClosePeriod(campaign.id(), reviewPeriod.getValue().code()),
                        () -> getTranslation("period.closed.done", reviewPeriod.getValue().name())));
        close.setId("close-period");
        HorizontalLayout toolbar = new HorizontalLayout(reviewPeriod, importFile, close);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(toolbar, review);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private void showReview() {
        PeriodEntry period = reviewPeriod.getValue();
        reviewReports = period == null ? Map.of() : queries.reports(campaign.id()).stream()
                .filter(report -> report.periodCode().equals(period.code()))
                .collect(Collectors.toMap(UnitReportDocument::unitId, Function.identity()));
        review.setItems(campaign.units());
    }

    private Optional<UnitReportDocument> report(UnitEntry unit) {
        return Optional.ofNullable(reviewReports.get(unit.unitId()));
    }

    private Span reportState(UnitEntry unit) {
        Optional<UnitReportDocument> report = report(unit);
        Span badge = stateBadge(report.orElse(null));
        if (campaign.vetoed(unit.unitId(), reviewPeriod.getValue().code())) {
            badge.setText(badge.getText() + " · " + getTranslation("campaign.vetoed"));
        }
        return badge;
    }

    private Span stateBadge(UnitReportDocument report) {
        if (report == null) {
            return Badges.badge(getTranslation("report.state.none"), "contrast");
        }
        Span badge = Badges.badge(getTranslation("report.state." + report.state()), switch (report.state()) {
            case VERIFIED -> "success";
            case REJECTED -> "error";
            case SUBMITTED -> "";
        });
        if (report.state() == State.REJECTED) {
            badge.setTitle(report.rejectReason());
        }
        return badge;
    }

    private HorizontalLayout reviewActions(UnitEntry unit) {
        HorizontalLayout actions = new HorizontalLayout();
        PeriodEntry period = reviewPeriod.getValue();
        if (campaign.concluded()) {
            return actions;
        }
        Optional<UnitReportDocument> report = report(unit);
        if (report.isPresent() && report.get().state() == State.SUBMITTED) {
            Button verify = Badges.rowAction(getTranslation("report.verify"), click -> {
                if (feedback.attempt(() -> commands.send(new VerifyReport(campaign.id(), unit.unitId(),
                        period.code()), null), getLocale())) {
                    Feedback.success(getTranslation("report.verified", unit.name(), period.name()));
                    refresh();
                }
            });
            verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(verify, Badges.rowAction(getTranslation("report.reject"), click -> dialogs.openReasoned(
                    getTranslation("report.reject.title", unit.name(), period.name()), getTranslation("report.reject"),
                    reason -> new RejectReport(campaign.id(), unit.unitId(), period.code(), reason),
                    getTranslation("report.rejected", unit.name()))));
        }
        if (report.map(existing -> existing.state() != State.VERIFIED).orElse(true)) {
            actions.add(Badges.rowAction(getTranslation("report.enterForUnit"), click -> openReport(unit, period)));
        }
        if (campaign.vetoed(unit.unitId(), period.code())) {
            actions.add(Badges.rowAction(getTranslation("veto.lift"), click -> dialogs.openReasoned(
                    getTranslation("veto.lift.title", unit.name(), period.name()), getTranslation("veto.lift"),
                    reason -> new LiftVeto(campaign.id(), unit.unitId(), period.code(), reason),
                    getTranslation("veto.lifted", unit.name()))));
        } else {
            Button veto = Badges.rowAction(getTranslation("veto.impose"), click -> dialogs.openReasoned(
                    getTranslation("veto.title", unit.name(), period.name()), getTranslation("veto.impose"),
                    reason -> new VetoUnit(campaign.id(), unit.unitId(), period.code(), reason),
                    getTranslation("veto.imposed", unit.name())));
            veto.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(veto);
        }
        return actions;
    }

    private void openReport(UnitEntry unit, PeriodEntry period) {
        ReportForm form = new ReportForm(campaign, unit.unitId(), period.code(),
                queries.report(campaign.id(), unit.unitId(), period.code()).orElse(null));
        dialogs.open(getTranslation("report.title", unit.name(), period.name()), form, getTranslation("report.submit"),
                null, () -> new SubmitReport(campaign.id(), form.report()),
                () -> getTranslation("report.saved", unit.name(), period.name()));
    }

    // Units and their reporters.

    private Component unitsTab() {
        unitGrid.addColumn(UnitEntry::name).setHeader(getTranslation("campaign.column.unit")).setAutoWidth(true);
        unitGrid.addColumn(unit -> String.join("、", unit.reporters()))
                .setHeader(getTranslation("field.unit.reporters")).setFlexGrow(1);
        unitGrid.addColumn(unit -> campaign.vetoes().stream().filter(veto -> veto.unitId().equals(unit.unitId()))
                .map(veto -> campaign.period(veto.periodCode()).map(PeriodEntry::name).orElse(veto.periodCode())
                        + "：" + veto.reason()).reduce((a, b) -> a + "；" + b).orElse(""))
                .setHeader(getTranslation("campaign.column.vetoes")).setFlexGrow(1);
        unitGrid.addComponentColumn(unit -> campaign.concluded() ? new Span()
                        : Badges.rowAction(getTranslation("unit.assignReporters"), click -> openReporters(unit)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setKey("actions");
        unitGrid.setId("units");
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("unit.hint")), unitGrid);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private void openReporters(UnitEntry unit) {
        MultiSelectComboBox<String> reporters = new MultiSelectComboBox<>(getTranslation("field.unit.reporters"));
        reporters.setItems(users.users().stream().filter(user -> user.role() == Role.UNIT_REPORTER && !user.disabled())
                .map(UserDocument::username).toList());
        reporters.setValue(unit.reporters());
        reporters.setWidthFull();
        reporters.setId("reporters");
        dialogs.open(getTranslation("unit.assignReporters.title", unit.name()), reporters, getTranslation("common.save"),
                null, () -> new AssignReporters(campaign.id(), unit.unitId(), List.copyOf(reporters.getValue())),
                () -> getTranslation("unit.reportersAssigned", unit.name()));
    }

    // A reporter's own unit: one card per period.

    private void showOwnReports() {
        ownReports.removeAll();
        UnitEntry unit = campaign.unitOfReporter(username).orElseThrow();
        ownReports.add(new H3(getTranslation("report.ownUnit", unit.name())));
        for (PeriodEntry period : campaign.periods()) {
            UnitReportDocument existing = queries.report(campaign.id(), unit.unitId(), period.code()).orElse(null);
            ReportForm form = new ReportForm(campaign, unit.unitId(), period.code(), existing);
            Div banner = new Div();
            banner.addClassName("form-error");
            banner.setVisible(false);
            HorizontalLayout title = new HorizontalLayout(new H3(period.name()), stateBadge(existing));
            title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            VerticalLayout card = new VerticalLayout(title);
            card.addClassName("report-card");
            card.setId("report-" + period.code());
            if (existing != null && existing.state() == State.REJECTED) {
                card.add(new Paragraph(getTranslation("report.rejectedBecause", existing.rejectReason())));
            }
            boolean editable = !campaign.concluded() && (existing == null || existing.state() != State.VERIFIED)
                    && (!period.closed() || existing != null && existing.state() == State.REJECTED);
            card.add(banner, form);
            if (editable) {
                Button submit = new Button(getTranslation(existing == null ? "report.submit" : "report.correct"),
                        click -> {
                            banner.setVisible(false);
                            if (!form.valid()) {
                                return;
                            }
                            if (feedback.attempt(() -> commands.send(new SubmitReport(campaign.id(), form.report()),
                                    null), getLocale(), message -> {
                                banner.setText(message);
                                banner.setVisible(true);
                            })) {
                                Feedback.success(getTranslation("report.saved", unit.name(), period.name()));
                                refresh();
                            }
                        });
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                submit.setId("submit-" + period.code());
                card.add(submit);
            } else {
                form.fields.values().forEach(field -> field.setReadOnly(true));
                form.note.setReadOnly(true);
                card.add(new Span(getTranslation(existing != null && existing.state() == State.VERIFIED
                        ? "report.lockedVerified" : "report.lockedClosed")));
            }
            ownReports.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.list.title") : campaign.name();
    }
}
