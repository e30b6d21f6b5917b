package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.workerscontest.command.Commands;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.EnterMark;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One judge's score sheet for one competitor: a field for each criterion they mark, checked as typed,
 * Enter moving on to the next field and from the last one submitting. Changing an earlier mark needs a
 * reason; a locked sheet is shown but cannot change.
 */
public class ScoreSheetForm extends VerticalLayout {

    private final DisciplineDocument discipline;
    private final CompetitorDocument competitor;
    private final String judge;
    private final Commands commands;
    private final Feedback feedback;
    private final Runnable onSaved;
    final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    final TextField reason = new TextField(getTranslation("judging.reason"));
    final Button submit = new Button(getTranslation("judging.submit"));
    private final Div errorBanner = new Div();

    public ScoreSheetForm(DisciplineDocument discipline, CompetitorDocument competitor, String judge, Commands commands,
                          Feedback feedback, Runnable onSaved) {
        this.discipline = discipline;
        this.competitor = competitor;
        this.judge = judge;
        this.commands = commands;
        this.feedback = feedback;
        this.onSaved = onSaved;
        addClassName("score-sheet");
        setPadding(false);
        add(new H3(competitor.startLabel() + " " + competitor.name() + " · " + competitor.teamName()));
        errorBanner.addClassName("form-error");
        errorBanner.setVisible(false);
        add(errorBanner);
        if (competitor.locked()) {
            Div locked = new Div(getTranslation("judging.lockedSheet"));
            locked.addClassName("form-error");
            add(locked);
        }
        Map<String, Map<String, BigDecimal>> marks = competitor.marksByCriterion();
        for (CriterionDefinition criterion : criteriaOf(discipline, judge)) {
            add(field(criterion, marks.getOrDefault(criterion.code(), Map.of())));
        }
        reason.setMaxLength(ScoringMessages.MAX_REASON);
        reason.setWidthFull();
        reason.setId("mark-reason");
        reason.setReadOnly(competitor.locked());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-marks");
        submit.setEnabled(!competitor.locked());
        submit.addClickListener(click -> submit());
        add(reason, submit);
        chainEnterKeys();
    }

    /** The criteria a judge marks: every judgement criterion, and measurements assigned to them or to anyone. */
    static List<CriterionDefinition> criteriaOf(DisciplineDocument discipline, String judge) {
        return discipline.criteria().stream()
                .filter(criterion -> criterion.kind() == CriterionKind.JUDGEMENT
                        || discipline.assigneeOf(criterion.code()) == null
                        || discipline.assigneeOf(criterion.code()).equals(judge))
                .toList();
    }

    private VerticalLayout field(CriterionDefinition criterion, Map<String, BigDecimal> given) {
        boolean judgement = criterion.kind() == CriterionKind.JUDGEMENT;
        BigDecimalField field = new BigDecimalField(getTranslation("judging.criterionLabel", criterion.code(),
                criterion.name(), getTranslation("criterionKind." + criterion.kind()), criterion.maxMark().toPlainString()));
        field.setHelperText(judgement ? getTranslation("judging.judgementHelper")
                : getTranslation("judging.measurementHelper", criterion.maxMark().toPlainString()));
        field.setValue(given.get(judge));
        field.setWidth("24em");
        field.setId("mark-" + criterion.code());
        field.setReadOnly(competitor.locked());
        field.addValueChangeListener(change -> check(criterion, field));
        fields.put(criterion.code(), field);
        VerticalLayout row = new VerticalLayout(field);
        row.setPadding(false);
        row.setSpacing(false);
        List<Integer> scores = given.values().stream().map(BigDecimal::intValue).toList();
        if (judgement && ScoringRules.flagged(scores)) {
            row.add(Badges.badge(getTranslation("judging.flagged",
                    given.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("、"))), "error"));
            row.addClassName("flagged");
        }
        return row;
    }

    /** The same limits the discipline enforces, shown while typing. */
    private boolean check(CriterionDefinition criterion, BigDecimalField field) {
        BigDecimal value = field.getValue();
        boolean valid;
        String message;
        if (criterion.kind() == CriterionKind.JUDGEMENT) {
            valid = value == null || value.stripTrailingZeros().scale() <= 0 && value.signum() >= 0
                    && value.compareTo(BigDecimal.valueOf(ScoringRules.JUDGEMENT_MAX_SCORE)) <= 0;
            message = getTranslation("judging.invalidJudgement");
        } else {
            valid = value == null || value.signum() >= 0 && value.compareTo(criterion.maxMark()) <= 0
                    && ScoringRules.hasAtMostTwoDecimals(value);
            message = getTranslation("judging.invalidMeasurement", criterion.maxMark().toPlainString());
        }
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : message);
        return valid;
    }

    private void chainEnterKeys() {
        List<BigDecimalField> order = new ArrayList<>(fields.values());
        for (int i = 0; i < order.size(); i++) {
            BigDecimalField next = i + 1 < order.size() ? order.get(i + 1) : null;
            order.get(i).addKeyDownListener(Key.ENTER, event -> {
                if (next != null) {
                    next.focus();
                } else {
                    submit.click();
                }
            });
        }
        reason.addKeyDownListener(Key.ENTER, event -> submit.click());
    }

    /** Sends a mark for each changed field; stops at the first refusal and shows it. */
    void submit() {
        errorBanner.setVisible(false);
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> marks = competitor.marksByCriterion();
        for (CriterionDefinition criterion : criteriaOf(discipline, judge)) {
            BigDecimalField field = fields.get(criterion.code());
            if (!check(criterion, field)) {
                return;
            }
            BigDecimal before = marks.getOrDefault(criterion.code(), Map.of()).get(judge);
            if (field.getValue() != null && (before == null || before.compareTo(field.getValue()) != 0)) {
                given.put(criterion.code(), field.getValue());
            }
        }
        if (given.isEmpty()) {
            Feedback.success(getTranslation("judging.nothingChanged"));
            return;
        }
        String submission = Commands.newRequestId();
        // One wait for the read models after the sheet's marks, not one after each mark.
        boolean done = feedback.attempt(() -> given.forEach((code, value) -> commands.submit(new EnterMark(
                discipline.id(), competitor.id(), code, value, reason.getValue()), submission + ":" + code)),
                getLocale(), this::showError);
        commands.awaitReadModels("a score sheet's marks");
        if (done) {
            Feedback.success(getTranslation("judging.saved", competitor.name()));
            onSaved.run();
        }
        // After a refusal the form keeps what was typed and says why; marks sent before the refusal are
        // stored, and sending them again is harmless (an unchanged mark is no event).
    }

    private void showError(String message) {
        errorBanner.setText(message);
        errorBanner.setVisible(true);
    }
}
