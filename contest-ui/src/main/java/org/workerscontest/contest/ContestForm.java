package org.workerscontest.contest;

import java.time.LocalDate;
import java.util.UUID;

import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages;
import org.workerscontest.contest.api.ContestMessages.CreateContest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** The fields of a new contest, checked as typed; the contest's own rules are checked again on save. */
public class ContestForm extends FormLayout {

    /** What the form edits; becomes a CreateContest on save. */
    public static class Draft {
        private String name = "";
        private ContestLevel level = ContestLevel.PROVINCIAL;
        private String organizer = "";
        private LocalDate startDate;
        private LocalDate endDate;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public ContestLevel getLevel() { return level; }
        public void setLevel(ContestLevel level) { this.level = level; }
        public String getOrganizer() { return organizer; }
        public void setOrganizer(String organizer) { this.organizer = organizer; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate endDate) { this.endDate = endDate; }

        CreateContest toCommand() {
            return new CreateContest(UUID.randomUUID().toString(), name, level, organizer, startDate, endDate);
        }
    }

    final TextField name = new TextField(getTranslation("field.contest.name"));
    final ComboBox<ContestLevel> level = new ComboBox<>(getTranslation("field.contest.level"));
    final TextField organizer = new TextField(getTranslation("field.contest.organizer"));
    final DatePicker startDate = new DatePicker(getTranslation("field.contest.startDate"));
    final DatePicker endDate = new DatePicker(getTranslation("field.contest.endDate"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();

    public ContestForm() {
        name.setPlaceholder(getTranslation("contest.form.namePlaceholder"));
        name.setMaxLength(ContestMessages.MAX_CONTEST_NAME);
        name.setId("contest-name");
        level.setItems(ContestLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("level." + value));
        level.setId("contest-level");
        organizer.setMaxLength(ContestMessages.MAX_ORGANIZER);
        organizer.setId("contest-organizer");
        startDate.setId("contest-start");
        endDate.setId("contest-end");
        startDate.addValueChangeListener(change -> endDate.setMin(change.getValue()));
        add(name, level, organizer, startDate, endDate);
        setColspan(name, 2);
        setColspan(organizer, 2);

        binder.forField(name).asRequired(getTranslation("error.required", name.getLabel()))
                .withValidator(new StringLengthValidator(getTranslation("error.tooLong", name.getLabel(),
                        ContestMessages.MAX_CONTEST_NAME), 0, ContestMessages.MAX_CONTEST_NAME))
                .bind(Draft::getName, Draft::setName);
        binder.forField(level).asRequired(getTranslation("error.required", level.getLabel()))
                .bind(Draft::getLevel, Draft::setLevel);
        binder.forField(organizer).asRequired(getTranslation("error.required", organizer.getLabel()))
                .bind(Draft::getOrganizer, Draft::setOrganizer);
        binder.forField(startDate).asRequired(getTranslation("error.required", startDate.getLabel()))
                .bind(Draft::getStartDate, Draft::setStartDate);
        binder.forField(endDate).asRequired(getTranslation("error.required", endDate.getLabel()))
                .bind(Draft::getEndDate, Draft::setEndDate);
        binder.setBean(draft);
    }

    /** The command to send, or null while a field is invalid (the field then says why). */
    public CreateContest validCommand() {
        return binder.validate().isOk() ? draft.toCommand() : null;
    }
}
