package org.workerscontest.innovation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.Innovation.StudioView;
import org.workerscontest.innovation.api.InnovationMessages;
import org.workerscontest.ui.Choices;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerQueries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** Innovation studios (创新工作室): named at a level, led by a worker; each lists its results and their benefit. */
@Route("innovation/studios")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class StudiosView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StudioView> grid = new Grid<>();
    private final Innovation innovation;
    private final InnovationQueries queries;
    private final WorkerQueries workers;
    private final Feedback feedback;

    public StudiosView(Innovation innovation, InnovationQueries queries, WorkerQueries workers, Feedback feedback) {
        this.innovation = innovation;
        this.queries = queries;
        this.workers = workers;
        this.feedback = feedback;
        setSizeFull();
        Button name = new Button(getTranslation("studio.name"), VaadinIcon.PLUS.create(), click -> openForm());
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.setId("name-studio");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("innovation.studios")), name,
                new RouterLink(getTranslation("innovation.back"), InnovationView.class));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(view -> view.studio().name()).setHeader(getTranslation("field.studio.name")).setFlexGrow(2);
        grid.addColumn(view -> getTranslation("level." + view.studio().level()))
                .setHeader(getTranslation("field.studio.level")).setAutoWidth(true);
        grid.addColumn(StudioView::leader).setHeader(getTranslation("field.studio.leader")).setAutoWidth(true);
        grid.addColumn(view -> view.studio().unit()).setHeader(getTranslation("field.studio.unit")).setFlexGrow(1);
        grid.addColumn(view -> Formats.date(view.studio().namedOn())).setHeader(getTranslation("field.studio.namedOn"))
                .setAutoWidth(true);
        grid.addColumn(view -> view.results().size()).setHeader(getTranslation("statistics.results")).setAutoWidth(true);
        grid.addColumn(view -> InnovationView.money(view.verifiedBenefit()))
                .setHeader(getTranslation("statistics.verified")).setAutoWidth(true);
        grid.addItemClickListener(click -> openStudio(click.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setId("studios");
        add(header, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(queries.studios().stream().map(studio -> innovation.studio(studio.id())).toList());
    }

    private void openStudio(StudioView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(view.studio().name());
        dialog.setWidth("44em");
        Grid<Innovation.ResultView> results = new Grid<>();
        results.addColumn(result -> result.result().title()).setHeader(getTranslation("field.result.title"))
                .setFlexGrow(1);
        results.addColumn(result -> String.join("、", result.authors())).setHeader(getTranslation("field.result.authors"))
                .setAutoWidth(true);
        results.addColumn(result -> InnovationView.money(result.result().verifiedBenefit()))
                .setHeader(getTranslation("field.result.verifiedBenefit")).setAutoWidth(true);
        results.setItems(innovation.views(view.results()));
        results.setAllRowsVisible(true);
        dialog.add(new Paragraph(getTranslation("studio.summary", getTranslation("level." + view.studio().level()),
                view.leader(), String.join("、", view.members()), InnovationView.money(view.verifiedBenefit()))), results);
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()));
        dialog.open();
    }

    private void openForm() {
        List<WorkerDocument> people = workers.workers().stream().sorted(Comparator.comparing(WorkerDocument::name))
                .toList();
        TextField name = new TextField(getTranslation("field.studio.name"));
        name.setMaxLength(InnovationMessages.MAX_STUDIO_NAME);
        name.setId("studio-name");
        Select<ContestLevel> level = Choices.of("field.studio.level", "level.", ContestLevel.values());
        ComboBox<WorkerDocument> leader = new ComboBox<>(getTranslation("field.studio.leader"));
        leader.setItems(people);
        leader.setItemLabelGenerator(worker -> worker.name() + " · " + worker.unit());
        MultiSelectComboBox<WorkerDocument> members = new MultiSelectComboBox<>(getTranslation("field.studio.members"));
        members.setItems(people);
        members.setItemLabelGenerator(worker -> worker.name() + " · " + worker.unit());
        TextField unit = new TextField(getTranslation("field.studio.unit"));
        leader.addValueChangeListener(change -> {
            if (change.getValue() != null && unit.isEmpty()) {
                unit.setValue(change.getValue().unit());
            }
        });
        DatePicker namedOn = new DatePicker(getTranslation("field.studio.namedOn"), LocalDate.now(Formats.BEIJING));
        new FormDialog(getTranslation("studio.name"), new FormLayout(name, level, leader, unit, members, namedOn),
                getTranslation("common.save"), dialog -> feedback.attempt(() -> {
                    innovation.nameStudio(name.getValue(), level.getValue(),
                            leader.getValue() == null ? null : leader.getValue().id(), unit.getValue(),
                            members.getValue().stream().map(WorkerDocument::id).toList(), namedOn.getValue(), null);
                    Feedback.success(getTranslation("studio.named", name.getValue().strip()));
                    refresh();
                }, getLocale(), dialog::showError)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("innovation.studios");
    }
}
