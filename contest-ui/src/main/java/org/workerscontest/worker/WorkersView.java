package org.workerscontest.worker;

import java.util.Locale;

import org.workerscontest.innovation.Innovation;
import org.workerscontest.ui.Choices;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** Workers' records (职工档案): the people innovation results, studios and honours refer to; a row opens the profile. */
@Route("workers")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class WorkersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<WorkerDocument> grid = new Grid<>();
    final TextField search = new TextField();
    private final WorkerQueries workers;
    private final Innovation innovation;
    private final Feedback feedback;

    public WorkersView(WorkerQueries workers, Innovation innovation, Feedback feedback) {
        this.workers = workers;
        this.innovation = innovation;
        this.feedback = feedback;
        setSizeFull();
        Button register = new Button(getTranslation("worker.register"), VaadinIcon.PLUS.create(), click -> openForm());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-worker");
        search.setPlaceholder(getTranslation("worker.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        int duplicates = workers.possibleDuplicates().size();
        RouterLink toDuplicates = new RouterLink(getTranslation("duplicates.link", duplicates), DuplicatesView.class);
        toDuplicates.setId("to-duplicates");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.workers")), search, register,
                toDuplicates);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(WorkerDocument::name).setHeader(getTranslation("field.worker.name")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(worker -> getTranslation("gender." + worker.gender())).setHeader(getTranslation("field.worker.gender"))
                .setAutoWidth(true);
        grid.addColumn(WorkerDocument::unit).setHeader(getTranslation("field.worker.unit")).setFlexGrow(1).setSortable(true);
        grid.addColumn(WorkerDocument::region).setHeader(getTranslation("field.worker.region")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(WorkerDocument::position).setHeader(getTranslation("field.worker.position")).setAutoWidth(true);
        grid.addColumn(worker -> worker.frontLine() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("field.worker.frontLine")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setId("workers");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(WorkerProfileView.class,
                new RouteParameters("workerId", click.getItem().id()))));
        add(header, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        String term = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(workers.workers().stream().filter(worker -> term.isEmpty() || worker.name().contains(term)
                || worker.unit().toLowerCase(Locale.ROOT).contains(term) || worker.region().contains(term)).toList());
    }

    private void openForm() {
        TextField name = new TextField(getTranslation("field.worker.name"));
        name.setMaxLength(WorkerMessages.MAX_NAME);
        name.setId("worker-name");
        Select<Gender> gender = Choices.of("field.worker.gender", "gender.", Gender.values());
        gender.setId("worker-gender");
        TextField unit = new TextField(getTranslation("field.worker.unit"));
        unit.setMaxLength(WorkerMessages.MAX_UNIT);
        unit.setId("worker-unit");
        TextField region = new TextField(getTranslation("field.worker.region"));
        region.setMaxLength(WorkerMessages.MAX_REGION);
        region.setId("worker-region");
        TextField position = new TextField(getTranslation("field.worker.position"));
        position.setMaxLength(WorkerMessages.MAX_POSITION);
        Checkbox frontLine = new Checkbox(getTranslation("field.worker.frontLine"), true);
        new FormDialog(getTranslation("worker.register"), new FormLayout(name, gender, unit, region, position, frontLine),
                getTranslation("common.save"), dialog -> feedback.attempt(() -> {
                    innovation.registerWorker(name.getValue(), gender.getValue(), unit.getValue(), region.getValue(),
                            position.getValue(), frontLine.getValue(), null);
                    Feedback.success(getTranslation("worker.registered", name.getValue().strip()));
                    refresh();
                }, getLocale(), dialog::showError)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workers");
    }
}
