package org.workerscontest.contest;

import java.util.List;
import java.util.Locale;

import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestMessages;
import org.workerscontest.contest.api.ContestMessages.WithdrawTeam;
import org.workerscontest.publicview.CeremonyView;
import org.workerscontest.scoring.AppealsPanel;
import org.workerscontest.scoring.DisciplinesPanel;
import org.workerscontest.scoring.ProgressDashboard;
import org.workerscontest.scoring.StandingsPanel;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.Facts;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** One contest with its teams; organizers register, edit and withdraw teams here. */
@Route("contests/:contestId")
@PermitAll
public class ContestDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestQueries contests;
    private final Commands commands;
    private final Feedback feedback;
    private final boolean mayChange;
    private final Grid<TeamEntry> teams = new Grid<>();
    private final TextField search = new TextField();
    private final Div summary = new Div();
    private final H2 title = new H2();
    private final DisciplinesPanel disciplines;
    private final StandingsPanel standings;
    private final AppealsPanel appeals;
    private final ProgressDashboard dashboard;
    private ContestDocument contest;

    public ContestDetailView(ContestQueries contests, Commands commands, Feedback feedback,
                             AuthenticationContext authentication, DisciplinesPanel disciplines,
                             StandingsPanel standings, AppealsPanel appeals, ProgressDashboard dashboard) {
        this.dashboard = dashboard;
        this.disciplines = disciplines;
        this.standings = standings;
        this.appeals = appeals;
        this.contests = contests;
        this.commands = commands;
        this.feedback = feedback;
        this.mayChange = authentication.hasAnyRole("ADMIN", "ORGANIZER");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String contestId = event.getRouteParameters().get("contestId").orElse("");
        contest = contests.contest(contestId).orElse(null);
        RouterLink back = new RouterLink(getTranslation("contest.back"), ContestListView.class);
        if (contest == null) {
            add(back, new Paragraph(getTranslation("contest.notFound")));
            return;
        }
        title.setText(contest.name());
        summary.addClassName("contest-summary");
        build();
        VerticalLayout teamTab = new VerticalLayout(teamToolbar(), teams);
        teamTab.setPadding(false);
        teamTab.setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("contest.tab.teams"), teamTab);
        tabs.add(getTranslation("contest.tab.disciplines"), disciplines.forContest(contest.id()));
        Tab standingsTab = tabs.add(getTranslation("contest.tab.standings"), standings);
        tabs.add(getTranslation("contest.tab.appeals"), appeals.forContest(contest.id()));
        Tab dashboardTab = tabs.add(getTranslation("contest.tab.dashboard"), dashboard);
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == standingsTab) {
                standings.show(contest);
            } else if (change.getSelectedTab() == dashboardTab) {
                dashboard.show(contest);
            }
        });
        Anchor display = new Anchor("display/" + contest.id(), getTranslation("contest.display"), AnchorTarget.BLANK);
        display.setId("open-display");
        HorizontalLayout heading = new HorizontalLayout(title, display);
        if (mayChange) {
            heading.add(new RouterLink(getTranslation("contest.ceremony"), CeremonyView.class,
                    new RouteParameters("contestId", contest.id())));
        }
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.setSpacing(true);
        add(back, heading, summary, tabs);
        expand(tabs);
        refresh();
    }

    private HorizontalLayout teamToolbar() {
        search.setPlaceholder(getTranslation("team.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.addValueChangeListener(change -> showTeams());
        HorizontalLayout toolbar = new HorizontalLayout(new H3(getTranslation("team.list.title")), search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        if (mayChange) {
            Button register = new Button(getTranslation("team.register"), VaadinIcon.PLUS.create(),
                    click -> openTeamForm(null));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("register-team");
            toolbar.add(register);
        }
        return toolbar;
    }

    private void build() {
        teams.removeAllColumns();
        teams.addColumn(TeamEntry::name).setHeader(getTranslation("team.column.name")).setFlexGrow(2)
                .setSortable(true);
        teams.addColumn(team -> getTranslation("teamKind." + team.kind())).setHeader(getTranslation("team.column.kind"))
                .setAutoWidth(true).setSortable(true);
        teams.addColumn(TeamEntry::area).setHeader(getTranslation("team.column.area")).setAutoWidth(true);
        teams.addColumn(TeamEntry::leader).setHeader(getTranslation("team.column.leader")).setAutoWidth(true);
        teams.addColumn(TeamEntry::phone).setHeader(getTranslation("team.column.phone")).setAutoWidth(true);
        teams.addColumn(team -> Formats.time(team.registeredAt())).setHeader(getTranslation("team.column.registeredAt"))
                .setAutoWidth(true);
        teams.addComponentColumn(this::status).setHeader(getTranslation("team.column.status")).setAutoWidth(true);
        if (mayChange) {
            teams.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                    .setKey("actions");
        }
        teams.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        teams.setEmptyStateText(getTranslation("common.empty"));
        teams.setId("teams");
    }

    private Span status(TeamEntry team) {
        Span badge = Badges.badge(getTranslation(team.withdrawn() ? "team.status.withdrawn" : "team.status.active"),
                team.withdrawn() ? "contrast" : "success");
        if (team.withdrawn() && team.withdrawReason() != null) {
            badge.setTitle(team.withdrawReason());
        }
        return badge;
    }

    private HorizontalLayout actions(TeamEntry team) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!team.withdrawn()) {
            Button withdraw = Badges.rowAction(getTranslation("team.withdraw"), click -> openWithdraw(team));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(Badges.rowAction(getTranslation("common.edit"), click -> openTeamForm(team)), withdraw);
        }
        return actions;
    }

    private void refresh() {
        contest = contests.contest(contest.id()).orElse(contest);
        summary.removeAll();
        summary.add(Facts.fact(getTranslation("contest.detail.level"), getTranslation("level." + contest.level())),
                Facts.fact(getTranslation("contest.detail.organizer"), contest.organizer()),
                Facts.fact(getTranslation("contest.detail.dates"), getTranslation("contest.dateRange",
                        Formats.date(contest.startDate()), Formats.date(contest.endDate()))),
                Facts.fact(getTranslation("contest.detail.teamCount"), String.valueOf(contest.activeTeamCount())));
        showTeams();
    }

    private void showTeams() {
        String term = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<TeamEntry> shown = contest.teams().stream()
                .filter(team -> term.isEmpty() || team.name().toLowerCase(Locale.ROOT).contains(term)
                        || team.area().toLowerCase(Locale.ROOT).contains(term) || team.leader().contains(term))
                .toList();
        teams.setItems(shown);
    }

    private void openTeamForm(TeamEntry existing) {
        TeamForm form = new TeamForm(contest.id(), existing);
        String requestId = Commands.newRequestId();
        String titleKey = existing == null ? "team.form.registerTitle" : "team.form.editTitle";
        FormDialog dialog = new FormDialog(getTranslation(titleKey), form, getTranslation("common.save"), opened -> {
            List<Object> changes = form.validCommands();
            if (changes == null) {
                return false;
            }
            // Each command of one save has its own request id, so a double click repeats none of them.
            boolean done = feedback.attempt(() -> {
                for (int i = 0; i < changes.size(); i++) {
                    commands.send(changes.get(i), requestId + ":" + i);
                }
            }, getLocale(), opened::showError);
            if (done) {
                Feedback.success(getTranslation(existing == null ? "team.registered" : "team.updated",
                        form.name.getValue().strip()));
            }
            // Part of an edit may have succeeded before a refusal: show what is stored now.
            refresh();
            return done;
        });
        dialog.setWidth("36em");
        dialog.open();
    }

    private void openWithdraw(TeamEntry team) {
        TextArea reason = new TextArea(getTranslation("team.withdraw.reason"));
        reason.setMaxLength(ContestMessages.MAX_REASON);
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("team.withdraw.text", team.name())),
                reason);
        content.setPadding(false);
        String requestId = Commands.newRequestId();
        FormDialog dialog = new FormDialog(getTranslation("team.withdraw.title"), content,
                getTranslation("team.withdraw"), opened -> {
            boolean done = feedback.attempt(() -> commands.send(new WithdrawTeam(contest.id(), team.teamId(),
                    reason.getValue()), requestId), getLocale(), opened::showError);
            if (done) {
                Feedback.success(getTranslation("team.withdrawn", team.name()));
            }
            refresh();
            return done;
        });
        dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (contest == null ? getTranslation("contest.list.title") : contest.name()) + " · "
                + getTranslation("app.shortTitle");
    }
}
