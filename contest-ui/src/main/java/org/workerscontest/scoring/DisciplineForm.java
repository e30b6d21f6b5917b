package org.workerscontest.scoring;

import static org.workerscontest.scoring.api.ScoringMessages.disciplineId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;

import org.workerscontest.ui.ImportDialog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A discipline's name, weights and marking scheme. The criteria's running sum is shown as typed; the
 * discipline checks every rule again when it is saved.
 */
public class DisciplineForm extends VerticalLayout {

    /** One criterion's row. */
    final class CriterionRow extends HorizontalLayout {
        final TextField code = new TextField();
        final TextField name = new TextField();
        final Select<CriterionKind> kind = new Select<>();
        final BigDecimalField maxMark = new BigDecimalField();

        CriterionRow() {
            code.setPlaceholder(getTranslation("criterion.column.code"));
            code.setWidth("6em");
            code.setMaxLength(ScoringMessages.MAX_CODE);
            name.setPlaceholder(getTranslation("criterion.column.name"));
            name.setMaxLength(ScoringMessages.MAX_NAME);
            kind.setItems(CriterionKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("criterionKind." + value));
            kind.setValue(CriterionKind.MEASUREMENT);
            kind.setWidth("8em");
            maxMark.setPlaceholder(getTranslation("criterion.column.maxMark"));
            maxMark.setWidth("6em");
            maxMark.addValueChangeListener(change -> showSum());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                criteria.remove(this);
                showSum();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(code, name, kind, maxMark, remove);
            expand(name);
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        void fill(CriterionDefinition definition) {
            code.setValue(definition.code());
            name.setValue(definition.name());
            kind.setValue(definition.kind());
            maxMark.setValue(definition.maxMark());
        }

        CriterionDefinition definition() {
            return new CriterionDefinition(code.getValue(), name.getValue(), kind.getValue(), maxMark.getValue());
        }
    }

    final TextField code = new TextField(getTranslation("field.discipline.code"));
    final TextField name = new TextField(getTranslation("field.discipline.name"));
    final BigDecimalField theoryWeight = new BigDecimalField(getTranslation("field.discipline.theoryWeight"));
    final BigDecimalField practicalWeight = new BigDecimalField(getTranslation("field.discipline.practicalWeight"));
    final List<CriterionRow> rows = new ArrayList<>();
    private final VerticalLayout criteria = new VerticalLayout();
    private final Span sum = new Span();

    public DisciplineForm(ScoringImports imports) {
        setPadding(false);
        code.setMaxLength(ScoringMessages.MAX_CODE);
        code.setPlaceholder("ELEC-01");
        code.setId("discipline-code");
        name.setMaxLength(ScoringMessages.MAX_NAME);
        name.setPlaceholder("电工");
        name.setId("discipline-name");
        theoryWeight.setValue(new BigDecimal("0.3"));
        practicalWeight.setValue(new BigDecimal("0.7"));
        FormLayout header = new FormLayout(code, name, theoryWeight, practicalWeight);
        criteria.setPadding(false);
        criteria.setSpacing(false);
        Button add = new Button(getTranslation("discipline.form.addCriterion"), VaadinIcon.PLUS.create(),
                click -> addRow());
        add.setId("add-criterion");
        Button fromFile = new Button(getTranslation("import.scheme"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(getTranslation("import.scheme"), getTranslation("import.hint.scheme"),
                        (fileName, content) -> {
                            List<CriterionDefinition> loaded = imports.scheme(fileName, content, getLocale());
                            rows.clear();
                            criteria.removeAll();
                            loaded.forEach(definition -> addRow().fill(definition));
                            return getTranslation("import.scheme.loaded", loaded.size());
                        }).open());
        fromFile.setId("import-scheme");
        add(header, new H4(getTranslation("discipline.form.criteria")), criteria, new HorizontalLayout(add, fromFile, sum));
        addRow();
    }

    CriterionRow addRow() {
        CriterionRow row = new CriterionRow();
        rows.add(row);
        criteria.add(row);
        showSum();
        return row;
    }

    private void showSum() {
        BigDecimal total = rows.stream().map(row -> row.maxMark.getValue()).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sum.setText(getTranslation("discipline.form.sum", total.stripTrailingZeros().toPlainString()));
        sum.getElement().getThemeList().set("badge", true);
        sum.getElement().getThemeList().set("success", total.compareTo(BigDecimal.valueOf(100)) == 0);
    }

    DefineDiscipline command(String contestId) {
        String trimmedCode = code.getValue().strip();
        return new DefineDiscipline(disciplineId(contestId, trimmedCode), contestId, trimmedCode, name.getValue(),
                theoryWeight.getValue(), practicalWeight.getValue(),
                rows.stream().map(CriterionRow::definition).toList());
    }
}
