package org.workerscontest.contest;

import java.util.List;
import java.util.Locale;

import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** All contests; organizers start new ones here. */
@Route("")
@PermitAll
public class ContestListView extends VerticalLayout implements HasDynamicTitle {

    private final ContestQueries contests;
    private final Commands commands;
    private final Feedback feedback;
    private final Grid<ContestDocument> grid = new Grid<>();
    private final TextField search = new TextField();

    public ContestListView(ContestQueries contests, Commands commands, Feedback feedback,
                           AuthenticationContext authentication) {
        this.contests = contests;
        this.commands = commands;
        this.feedback = feedback;
        setSizeFull();

        search.setPlaceholder(getTranslation("contest.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.addValueChangeListener(change -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("contest.list.title")), search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        if (authentication.hasAnyRole("ADMIN", "ORGANIZER")) {
            Button create = new Button(getTranslation("contest.new"), VaadinIcon.PLUS.create(), click -> openNewContest());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-contest");
            toolbar.add(create);
        }

        grid.addColumn(ContestDocument::name).setHeader(getTranslation("contest.column.name")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(contest -> getTranslation("level." + contest.level()))
                .setHeader(getTranslation("contest.column.level")).setAutoWidth(true);
        grid.addColumn(ContestDocument::organizer).setHeader(getTranslation("contest.column.organizer")).setFlexGrow(2);
        grid.addColumn(contest -> getTranslation("contest.dateRange", Formats.date(contest.startDate()),
                Formats.date(contest.endDate()))).setHeader(getTranslation("contest.column.dates")).setAutoWidth(true);
        grid.addColumn(ContestDocument::activeTeamCount).setHeader(getTranslation("contest.column.teams"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setId("contests");
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        String term = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<ContestDocument> shown = contests.contests().stream()
                .filter(contest -> term.isEmpty() || contest.name().toLowerCase(Locale.ROOT).contains(term)
                        || contest.organizer().toLowerCase(Locale.ROOT).contains(term))
                .toList();
        grid.setItems(shown);
    }

    private void open(String contestId) {
        getUI().ifPresent(ui -> ui.navigate(ContestDetailView.class, new RouteParameters("contestId", contestId)));
    }

    private void openNewContest() {
        ContestForm form = new ContestForm();
        String requestId = Commands.newRequestId();
        FormDialog dialog = new FormDialog(getTranslation("contest.form.title"), form, getTranslation("common.save"),
                opened -> {
            CreateContest command = form.validCommand();
            if (command == null) {
                return false;
            }
            boolean done = feedback.attempt(() -> commands.send(command, requestId), getLocale(), opened::showError);
            if (done) {
                Feedback.success(getTranslation("contest.created", command.name().strip()));
                open(command.contestId());
            }
            return done;
        });
        dialog.setWidth("40em");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.list.title") + " · " + getTranslation("app.shortTitle");
    }
}
