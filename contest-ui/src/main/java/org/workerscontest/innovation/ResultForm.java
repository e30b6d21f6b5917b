package org.workerscontest.innovation;

import java.util.Comparator;
import java.util.List;

import org.workerscontest.innovation.api.InnovationMessages;
import org.workerscontest.innovation.api.InnovationMessages.ResultDetails;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.worker.WorkerDocument;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An innovation result's details: authors chosen from the workers' records (the unit and region follow
 * the first author unless changed), a patent number only for patents, the claimed benefit in yuan.
 */
public class ResultForm extends FormLayout {

    final TextField title = new TextField(getTranslation("field.result.title"));
    final Select<ResultKind> kind = new Select<>();
    final TextField patentNumber = new TextField(getTranslation("field.result.patentNumber"));
    final MultiSelectComboBox<WorkerDocument> authors = new MultiSelectComboBox<>(getTranslation("field.result.authors"));
    final TextField unit = new TextField(getTranslation("field.result.unit"));
    final TextField region = new TextField(getTranslation("field.result.region"));
    final DatePicker date = new DatePicker(getTranslation("field.result.date"));
    final BigDecimalField claimedBenefit = new BigDecimalField(getTranslation("field.result.claimedBenefit"));
    final ComboBox<StudioDocument> studio = new ComboBox<>(getTranslation("field.result.studio"));
    final TextArea description = new TextArea(getTranslation("field.result.description"));

    public ResultForm(List<WorkerDocument> workers, List<StudioDocument> studios, InnovationResultDocument existing) {
        title.setMaxLength(InnovationMessages.MAX_TITLE);
        title.setId("result-title");
        kind.setLabel(getTranslation("field.result.kind"));
        kind.setItems(ResultKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("resultKind." + value));
        kind.setValue(ResultKind.SMALL_INVENTION);
        kind.setId("result-kind");
        kind.addValueChangeListener(change -> patentNumber.setVisible(change.getValue() == ResultKind.PATENT));
        patentNumber.setVisible(false);
        patentNumber.setPlaceholder("ZL202310123456.7");
        patentNumber.setId("result-patent");
        authors.setItems(workers.stream().sorted(Comparator.comparing(WorkerDocument::name)).toList());
        authors.setItemLabelGenerator(worker -> worker.name() + " · " + worker.unit());
        authors.setId("result-authors");
        authors.addValueChangeListener(change -> {
            if (change.isFromClient() && !change.getValue().isEmpty() && unit.isEmpty()) {
                WorkerDocument first = change.getValue().iterator().next();
                unit.setValue(first.unit());
                region.setValue(first.region());
            }
        });
        unit.setId("result-unit");
        region.setId("result-region");
        date.setId("result-date");
        claimedBenefit.setId("result-claimed");
        studio.setItems(studios);
        studio.setItemLabelGenerator(StudioDocument::name);
        studio.setClearButtonVisible(true);
        description.setMaxLength(InnovationMessages.MAX_TEXT);
        add(title, kind, patentNumber, authors, unit, region, date, claimedBenefit, studio, description);
        setColspan(title, 2);
        setColspan(authors, 2);
        setColspan(description, 2);
        if (existing != null) {
            title.setValue(existing.title());
            kind.setValue(existing.kind());
            if (existing.patentNumber() != null) {
                patentNumber.setValue(existing.patentNumber());
            }
            authors.setValue(workers.stream().filter(worker -> existing.authorIds().contains(worker.id())).toList());
            unit.setValue(existing.unit());
            region.setValue(existing.region());
            date.setValue(existing.date());
            claimedBenefit.setValue(existing.claimedBenefit());
            studios.stream().filter(entry -> entry.id().equals(existing.studioId())).findFirst().ifPresent(studio::setValue);
            if (existing.description() != null) {
                description.setValue(existing.description());
            }
        }
    }

    ResultDetails details() {
        return new ResultDetails(title.getValue(), kind.getValue(),
                kind.getValue() == ResultKind.PATENT ? patentNumber.getValue() : null,
                authors.getValue().stream().map(WorkerDocument::id).toList(), unit.getValue(), region.getValue(),
                date.getValue(), description.getValue(), claimedBenefit.getValue(),
                studio.getValue() == null ? null : studio.getValue().id());
    }
}
