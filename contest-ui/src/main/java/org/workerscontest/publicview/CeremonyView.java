package org.workerscontest.publicview;

import java.util.List;
import java.util.Optional;

import org.workerscontest.contest.ContestDetailView;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.publicview.Ceremonies.Ceremony;
import org.workerscontest.publicview.PublicResults.Row;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.Feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The organizer's remote for an award ceremony: pick a published discipline, then reveal its prize
 * winners one click at a time, from the last prize to the first, on every big screen of the contest.
 */
@Route("contests/:contestId/ceremony")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class CeremonyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestQueries contests;
    private final ScoringQueries scoring;
    private final Ceremonies ceremonies;
    private final Feedback feedback;
    final Select<DisciplineDocument> discipline = new Select<>();
    final Button start = new Button();
    final Span status = new Span();
    final Button next = new Button();
    final Button back = new Button();
    final Button end = new Button();
    private final Grid<Row> order = new Grid<>();
    private ContestDocument contest;

    public CeremonyView(ContestQueries contests, ScoringQueries scoring, Ceremonies ceremonies, Feedback feedback) {
        this.contests = contests;
        this.scoring = scoring;
        this.ceremonies = ceremonies;
        this.feedback = feedback;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String contestId = event.getRouteParameters().get("contestId").orElse("");
        contest = contests.contest(contestId).orElse(null);
        if (contest == null) {
            add(new Paragraph(getTranslation("contest.notFound")));
            return;
        }
        RouterLink toContest = new RouterLink(getTranslation("discipline.back"), ContestDetailView.class,
                new RouteParameters("contestId", contest.id()));
        Anchor screen = new Anchor("display/" + contest.id(), getTranslation("ceremony.openScreen"),
                AnchorTarget.BLANK);
        screen.setId("open-screen");

        List<DisciplineDocument> published = scoring.disciplines(contest.id()).stream()
                .filter(DisciplineDocument::published).toList();
        discipline.setLabel(getTranslation("ceremony.discipline"));
        discipline.setItems(published);
        discipline.setItemLabelGenerator(DisciplineDocument::name);
        discipline.setEmptySelectionAllowed(false);
        discipline.setId("ceremony-discipline");
        start.setText(getTranslation("ceremony.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.addClickListener(click -> start());
        start.setId("ceremony-start");
        start.setEnabled(!published.isEmpty());
        HorizontalLayout choose = new HorizontalLayout(discipline, start);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        next.setText(getTranslation("ceremony.next"));
        next.setIcon(VaadinIcon.STAR.create());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setId("ceremony-next");
        next.addClickListener(click -> act(() -> ceremonies.next(contest.id())));
        back.setText(getTranslation("ceremony.back"));
        back.setId("ceremony-back");
        back.addClickListener(click -> act(() -> ceremonies.back(contest.id())));
        end.setText(getTranslation("ceremony.end"));
        end.setId("ceremony-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(click -> act(() -> ceremonies.end(contest.id())));
        status.setId("ceremony-status");
        HorizontalLayout controls = new HorizontalLayout(next, back, end, status);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        order.addColumn(Row::rank).setHeader(getTranslation("competitor.column.rank")).setAutoWidth(true);
        order.addColumn(Row::name).setHeader(getTranslation("competitor.column.name")).setAutoWidth(true);
        order.addColumn(Row::team).setHeader(getTranslation("competitor.column.team")).setAutoWidth(true);
        order.addColumn(row -> getTranslation("prize." + row.prize())).setHeader(getTranslation("display.prize"))
                .setAutoWidth(true);
        order.addComponentColumn(this::revealState).setHeader(getTranslation("ceremony.state")).setAutoWidth(true);
        order.setId("ceremony-order");

        Paragraph hint = new Paragraph(published.isEmpty() ? getTranslation("ceremony.nothingPublished")
                : getTranslation("ceremony.hint"));
        add(toContest, new H2(getTranslation("ceremony.title", contest.name())), hint, screen, choose, controls, order);
        expand(order);
        show();
    }

    private void start() {
        if (discipline.getValue() == null) {
            Feedback.error(getTranslation("ceremony.chooseDiscipline"));
            return;
        }
        act(() -> ceremonies.start(contest.id(), discipline.getValue().code()));
    }

    private void act(Runnable action) {
        feedback.attempt(action, getLocale());
        show();
    }

    private Span revealState(Row row) {
        Optional<Ceremony> ceremony = ceremonies.current(contest.id());
        boolean shown = ceremony.map(current -> current.shown().contains(row)).orElse(false);
        return Badges.badge(getTranslation(shown ? "ceremony.revealed" : "ceremony.hidden"),
                shown ? "success" : "contrast");
    }

    private void show() {
        Optional<Ceremony> ceremony = ceremonies.current(contest.id());
        order.setItems(ceremony.map(Ceremony::winners).orElse(List.of()));
        next.setEnabled(ceremony.map(current -> !current.finished()).orElse(false));
        back.setEnabled(ceremony.map(current -> current.revealed() > 0).orElse(false));
        end.setEnabled(ceremony.isPresent());
        status.setText(ceremony.map(current -> getTranslation("ceremony.progress", current.disciplineName(),
                current.revealed(), current.winners().size())).orElse(getTranslation("ceremony.idle")));
        ceremony.flatMap(current -> scoring.discipline(
                ScoringMessages.disciplineId(contest.id(), current.disciplineCode())))
                .ifPresent(discipline::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.pageTitle");
    }
}
