package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.laborcompetition.api.LaborMessages;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;
import org.workerscontest.laborcompetition.api.LaborMessages.Report;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One unit's report for one period: a field per indicator with its unit of measure, checked as typed
 * (no negative values, at most four decimals), and a note. Read-only once verified.
 */
public class ReportForm extends FormLayout {

    final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    final TextArea note = new TextArea(getTranslation("field.report.note"));
    private final String unitId;
    private final String periodCode;

    public ReportForm(CampaignDocument campaign, String unitId, String periodCode, UnitReportDocument existing) {
        this.unitId = unitId;
        this.periodCode = periodCode;
        for (Indicator indicator : campaign.indicators()) {
            BigDecimalField field = new BigDecimalField(indicator.name());
            field.setSuffixComponent(new Span(indicator.unitOfMeasure()));
            field.setHelperText(getTranslation("direction." + indicator.direction()));
            field.setId("value-" + indicator.code());
            field.addValueChangeListener(change -> check(field));
            if (existing != null) {
                field.setValue(existing.values().get(indicator.code()));
            }
            fields.put(indicator.code(), field);
            add(field);
        }
        note.setMaxLength(LaborMessages.MAX_NOTE);
        note.setId("report-note");
        if (existing != null && existing.note() != null) {
            note.setValue(existing.note());
        }
        add(note);
        setColspan(note, 2);
        if (existing != null && existing.state() == State.VERIFIED) {
            fields.values().forEach(field -> field.setReadOnly(true));
            note.setReadOnly(true);
        }
    }

    private void check(BigDecimalField field) {
        BigDecimal value = field.getValue();
        boolean invalid = value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 4);
        field.setInvalid(invalid);
        field.setErrorMessage(invalid ? getTranslation("report.valueHint") : null);
    }

    boolean valid() {
        fields.values().forEach(this::check);
        return fields.values().stream().noneMatch(BigDecimalField::isInvalid);
    }

    Report report() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        fields.forEach((code, field) -> {
            if (field.getValue() != null) {
                values.put(code, field.getValue());
            }
        });
        return new Report(unitId, periodCode, values, note.getValue());
    }
}
