package org.workerscontest.scoring;

import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.workerscontest.command.Commands;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** A contest's disciplines with their marking progress; organizers define new ones here. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DisciplinesPanel extends VerticalLayout {

    private final ScoringQueries scoring;
    private final DisciplineSetUp setUp;
    private final ScoringImports imports;
    private final Feedback feedback;
    private final boolean mayChange;
    private final Grid<DisciplineDocument> grid = new Grid<>();
    private String contestId;
    private Map<String, long[]> progress = Map.of();

    public DisciplinesPanel(ScoringQueries scoring, DisciplineSetUp setUp, ScoringImports imports,
                            Feedback feedback, AuthenticationContext authentication) {
        this.imports = imports;
        this.scoring = scoring;
        this.setUp = setUp;
        this.feedback = feedback;
        this.mayChange = authentication.hasAnyRole("ADMIN", "ORGANIZER");
        setPadding(false);
        setSizeFull();
    }

    public DisciplinesPanel forContest(String id) {
        this.contestId = id;
        if (mayChange) {
            Button create = new Button(getTranslation("discipline.new"), VaadinIcon.PLUS.create(), click -> openNew());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-discipline");
            add(create);
        }
        grid.addColumn(DisciplineDocument::code).setHeader(getTranslation("discipline.column.code")).setAutoWidth(true);
        grid.addColumn(DisciplineDocument::name).setHeader(getTranslation("discipline.column.name")).setFlexGrow(2);
        grid.addColumn(discipline -> discipline.theoryWeight().stripTrailingZeros().toPlainString() + " / "
                + discipline.practicalWeight().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("discipline.column.weights")).setAutoWidth(true);
        grid.addColumn(discipline -> progressOf(discipline)[0]).setHeader(getTranslation("discipline.column.competitors"))
                .setAutoWidth(true);
        grid.addColumn(discipline -> progressOf(discipline)[1]).setHeader(getTranslation("discipline.column.locked"))
                .setAutoWidth(true);
        grid.addComponentColumn(discipline -> Badges.badge(getTranslation(discipline.published()
                ? "discipline.published" : "discipline.notPublished"), discipline.published() ? "success" : "contrast")).setHeader(getTranslation("discipline.column.published")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(click -> open(click.getItem().code()));
        grid.setId("disciplines");
        add(grid);
        expand(grid);
        refresh();
        return this;
    }

    private long[] progressOf(DisciplineDocument discipline) {
        return progress.getOrDefault(discipline.id(), new long[] {0, 0});
    }

    private void refresh() {
        progress = scoring.progress(contestId);
        grid.setItems(scoring.disciplines(contestId));
    }

    private void open(String code) {
        getUI().ifPresent(ui -> ui.navigate(DisciplineView.class,
                new RouteParameters(Map.of("contestId", contestId, "code", code))));
    }

    private void openNew() {
        DisciplineForm form = new DisciplineForm(imports);
        String requestId = Commands.newRequestId();
        FormDialog dialog = new FormDialog(getTranslation("discipline.form.title"), form, getTranslation("common.save"),
                opened -> {
                    DefineDiscipline command = form.command(contestId);
                    boolean done = feedback.attempt(() -> setUp.define(command, requestId), getLocale(),
                            opened::showError);
                    if (done) {
                        Feedback.success(getTranslation("discipline.created", command.name().strip()));
                        refresh();
                    }
                    return done;
                });
        dialog.setWidth("52em");
        dialog.open();
    }
}
