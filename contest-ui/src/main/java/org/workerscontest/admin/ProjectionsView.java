package org.workerscontest.admin;

import java.util.List;

import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;
import org.workerscontest.storage.ProjectionRebuilds;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * The read models' state, and rebuilding one from the event store. While open it follows the processors
 * (every 2 s), so a rebuild's progress shows without pressing 刷新.
 */
@Route("admin/projections")
@RolesAllowed("ADMIN")
public class ProjectionsView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 2_000;

    private final ProjectionAdmin projections;
    private final Feedback feedback;
    private final Grid<ProjectionStatus> grid = new Grid<>();
    private List<ProjectionStatus> shown = List.of();

    public ProjectionsView(ProjectionAdmin projections, Feedback feedback) {
        this.projections = projections;
        this.feedback = feedback;
        grid.addColumn(status -> name(status.name())).setHeader(getTranslation("projection.column.name"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("projection.column.state")).setAutoWidth(true);
        // Before its first event a processor has no position (-1).
        grid.addColumn(status -> status.position() < 0 ? "–" : String.valueOf(status.position()))
                .setHeader(getTranslation("projection.column.position"))
                .setAutoWidth(true);
        grid.addColumn(ProjectionStatus::lag).setHeader(getTranslation("projection.column.lag")).setAutoWidth(true);
        grid.addColumn(status -> status.node() == null ? "–" : status.node())
                .setHeader(getTranslation("projection.column.node")).setAutoWidth(true);
        grid.addComponentColumn(status -> {
            Button rebuild = new Button(getTranslation("projection.rebuild"), click -> confirmRebuild(status.name()));
            rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rebuild.setId("rebuild-" + status.name());
            return rebuild;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("projections");
        Button refresh = new Button(getTranslation("projection.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        Button rebuildAll = new Button(getTranslation("projection.rebuildAll"), click -> confirmRebuildAll());
        rebuildAll.setId("rebuild-all");
        add(new H2(getTranslation("projection.title")), new Paragraph(getTranslation("projection.description")),
                new HorizontalLayout(refresh, rebuildAll), grid);
        refresh();
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration polling = ui.addPollListener(poll -> refreshIfChanged());
            ui.setPollInterval(POLL_MILLIS);
            addDetachListener(detach -> {
                polling.remove();
                ui.setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    private String name(String processor) {
        String key = "projection.name." + processor;
        String translated = getTranslation(key);
        return translated.startsWith("!") ? processor : translated;
    }

    private Span state(ProjectionStatus status) {
        String key = status.replaying() ? "projection.state.replaying"
                : status.running() ? "projection.state.running" : "projection.state.stopped";
        return Badges.badge(getTranslation(key), status.replaying() ? "" : status.running() ? "success" : "error");
    }

    private void confirmRebuild(String processor) {
        confirm(getTranslation("projection.rebuild"), getTranslation("projection.rebuild.confirm", name(processor)),
                () -> ProjectionRebuilds.refusedAsViolation(() -> projections.rebuild(processor)), getTranslation("projection.rebuildStarted", name(processor)));
    }

    private void confirmRebuildAll() {
        confirm(getTranslation("projection.rebuildAll"), getTranslation("projection.rebuildAll.confirm"),
                () -> ProjectionRebuilds.refusedAsViolation(projections::rebuildAll), getTranslation("projection.rebuildAllStarted"));
    }

    private void confirm(String action, String question, Runnable rebuild, String started) {
        new FormDialog(action, new Paragraph(question), action, dialog -> {
            boolean done = feedback.attempt(rebuild, getLocale(), dialog::showError);
            if (done) {
                Feedback.success(started);
            }
            refresh();
            return done;
        }).open();
    }

    private void refresh() {
        show(projections.statuses());
    }

    /** Unchanged rows are not drawn again, so a button is never replaced under the pointer for nothing. */
    private void refreshIfChanged() {
        List<ProjectionStatus> statuses = projections.statuses();
        if (!statuses.equals(shown)) {
            show(statuses);
        }
    }

    private void show(List<ProjectionStatus> statuses) {
        shown = statuses;
        grid.setItems(statuses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projection.title") + " · " + getTranslation("app.shortTitle");
    }
}
