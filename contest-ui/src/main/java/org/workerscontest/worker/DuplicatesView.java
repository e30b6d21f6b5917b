package org.workerscontest.worker;

import org.workerscontest.command.Commands;
import org.workerscontest.ui.Badges;
import org.workerscontest.ui.CommandDialogs;
import org.workerscontest.ui.Feedback;
import org.workerscontest.worker.WorkerQueries.PossibleDuplicate;
import org.workerscontest.worker.api.WorkerMessages.DeclareDistinct;
import org.workerscontest.worker.api.WorkerMessages.MergeWorker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Records that may be one person (same name and gender). Nothing is merged until an organizer
 * confirms which record stays; two different people are declared distinct and not suggested again.
 */
@Route("workers/duplicates")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PossibleDuplicate> pairs = new Grid<>();
    private final WorkerQueries workers;
    private final CommandDialogs dialogs;

    public DuplicatesView(WorkerQueries workers, Commands commands, Feedback feedback) {
        this.workers = workers;
        this.dialogs = new CommandDialogs(this, commands, feedback, this::refresh);
        setSizeFull();
        pairs.addColumn(pair -> pair.first().name()).setHeader(getTranslation("field.worker.name")).setAutoWidth(true);
        pairs.addComponentColumn(pair -> record(pair.first())).setHeader(getTranslation("duplicates.first"))
                .setFlexGrow(1);
        pairs.addComponentColumn(pair -> record(pair.second())).setHeader(getTranslation("duplicates.second"))
                .setFlexGrow(1);
        pairs.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        pairs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pairs.setEmptyStateText(getTranslation("duplicates.none"));
        pairs.setId("duplicates");
        add(new RouterLink(getTranslation("profile.back"), WorkersView.class), new H2(getTranslation("duplicates.title")),
                new Paragraph(getTranslation("duplicates.explain")), pairs);
        expand(pairs);
        refresh();
    }

    private void refresh() {
        pairs.setItems(workers.possibleDuplicates());
    }

    private Component record(WorkerDocument worker) {
        RouterLink name = new RouterLink(worker.name(), WorkerProfileView.class,
                new RouteParameters("workerId", worker.id()));
        Span details = new Span(worker.unit() + " · " + worker.region()
                + (worker.position() == null ? "" : " · " + worker.position()));
        return new Div(name, new Span(" "), details);
    }

    private Component actions(PossibleDuplicate pair) {
        return new HorizontalLayout(
                Badges.rowAction(getTranslation("duplicates.keepFirst"), click -> merge(pair.second(), pair.first())),
                Badges.rowAction(getTranslation("duplicates.keepSecond"), click -> merge(pair.first(), pair.second())),
                Badges.rowAction(getTranslation("duplicates.distinct"), click -> dialogs.open(
                        getTranslation("duplicates.distinct"), new Paragraph(getTranslation("duplicates.distinct.explain",
                                describe(pair.first()), describe(pair.second()))),
                        getTranslation("duplicates.distinct"), null,
                        () -> new DeclareDistinct(pair.first().id(), pair.second().id()),
                        () -> getTranslation("duplicates.distinct.done"))));
    }

    private void merge(WorkerDocument duplicate, WorkerDocument survivor) {
        dialogs.open(getTranslation("profile.merge"), new Paragraph(getTranslation("duplicates.merge.explain",
                        describe(duplicate), describe(survivor))), getTranslation("profile.merge.confirm"), null,
                () -> new MergeWorker(duplicate.id(), survivor.id()),
                () -> getTranslation("profile.merged.done", duplicate.name()));
    }

    private static String describe(WorkerDocument worker) {
        return worker.name() + "（" + worker.unit() + "）";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duplicates.title");
    }
}
