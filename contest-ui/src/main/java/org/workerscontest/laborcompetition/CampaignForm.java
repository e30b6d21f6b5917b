package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.workerscontest.laborcompetition.api.Direction;
import org.workerscontest.laborcompetition.api.LaborMessages;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;
import org.workerscontest.laborcompetition.api.LaborMessages.Period;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new campaign: name, theme, organizer, periods, units (one per line), indicators with their weights
 * (the running sum shown as typed) and the award. The campaign checks every rule again when saved.
 */
public class CampaignForm extends VerticalLayout {

    /** Period schemes people use: quarters, half-years, or the whole year. */
    enum PeriodScheme {
        QUARTERS, HALVES, YEAR
    }

    final class IndicatorRow extends HorizontalLayout {
        final TextField code = new TextField();
        final TextField name = new TextField();
        final TextField unitOfMeasure = new TextField();
        final Select<Direction> direction = new Select<>();
        final BigDecimalField weight = new BigDecimalField();

        IndicatorRow() {
            code.setPlaceholder(getTranslation("indicator.column.code"));
            code.setWidth("6em");
            code.setMaxLength(LaborMessages.MAX_CODE);
            name.setPlaceholder(getTranslation("indicator.column.name"));
            name.setMaxLength(LaborMessages.MAX_NAME);
            unitOfMeasure.setPlaceholder(getTranslation("indicator.column.unitOfMeasure"));
            unitOfMeasure.setWidth("6em");
            direction.setItems(Direction.values());
            direction.setItemLabelGenerator(value -> getTranslation("direction." + value));
            direction.setValue(Direction.HIGHER_IS_BETTER);
            direction.setWidth("9em");
            weight.setPlaceholder(getTranslation("indicator.column.weight"));
            weight.setWidth("6em");
            weight.addValueChangeListener(change -> showSum());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                indicators.remove(this);
                showSum();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("common.remove"));
            add(code, name, unitOfMeasure, direction, weight, remove);
            expand(name);
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        Indicator indicator() {
            return new Indicator(code.getValue(), name.getValue(), unitOfMeasure.getValue(), direction.getValue(),
                    weight.getValue());
        }
    }

    final TextField name = new TextField(getTranslation("field.campaign.name"));
    final ComboBox<String> theme = new ComboBox<>(getTranslation("field.campaign.theme"));
    final TextField organizer = new TextField(getTranslation("field.campaign.organizer"));
    final Select<PeriodScheme> periods = new Select<>();
    final TextArea units = new TextArea(getTranslation("field.campaign.units"));
    final IntegerField awardCount = new IntegerField(getTranslation("field.campaign.awardCount"));
    final ComboBox<String> awardName = new ComboBox<>(getTranslation("field.campaign.awardName"));
    final List<IndicatorRow> rows = new ArrayList<>();
    private final VerticalLayout indicators = new VerticalLayout();
    private final Span sum = new Span();

    public CampaignForm() {
        setPadding(false);
        name.setMaxLength(LaborMessages.MAX_NAME);
        name.setPlaceholder("2026年全省重点工程“五比一创”劳动竞赛");
        name.setId("campaign-name");
        theme.setItems("五比一创", "安康杯", "节能减排", "建功立业", "技术创新");
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(custom -> theme.setValue(custom.getDetail()));
        theme.setId("campaign-theme");
        organizer.setId("campaign-organizer");
        periods.setLabel(getTranslation("field.campaign.periods"));
        periods.setItems(PeriodScheme.values());
        periods.setItemLabelGenerator(scheme -> getTranslation("periodScheme." + scheme));
        periods.setValue(PeriodScheme.QUARTERS);
        units.setPlaceholder(getTranslation("campaign.form.unitsHint"));
        units.setHelperText(getTranslation("campaign.form.unitsHint"));
        units.setId("campaign-units");
        awardCount.setValue(3);
        awardCount.setMin(0);
        awardCount.setStepButtonsVisible(true);
        awardName.setItems("先进集体", "工人先锋号", "劳动竞赛优胜单位");
        awardName.setAllowCustomValue(true);
        awardName.addCustomValueSetListener(custom -> awardName.setValue(custom.getDetail()));
        awardName.setValue("先进集体");
        FormLayout header = new FormLayout(name, theme, organizer, periods, awardCount, awardName, units);
        header.setColspan(name, 2);
        header.setColspan(units, 2);
        indicators.setPadding(false);
        indicators.setSpacing(false);
        Button add = new Button(getTranslation("campaign.form.addIndicator"), VaadinIcon.PLUS.create(),
                click -> addRow());
        add.setId("add-indicator");
        add(header, new H4(getTranslation("campaign.form.indicators")), indicators, new HorizontalLayout(add, sum));
        addRow();
    }

    IndicatorRow addRow() {
        IndicatorRow row = new IndicatorRow();
        rows.add(row);
        indicators.add(row);
        showSum();
        return row;
    }

    private void showSum() {
        BigDecimal total = rows.stream().map(row -> row.weight.getValue()).filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sum.setText(getTranslation("campaign.form.sum", total.stripTrailingZeros().toPlainString()));
        sum.getElement().getThemeList().set("badge", true);
        sum.getElement().getThemeList().set("success", total.compareTo(BigDecimal.valueOf(100)) == 0);
    }

    private List<Period> periodList() {
        return switch (periods.getValue()) {
            case QUARTERS -> Campaigns.quarters();
            case HALVES -> List.of(new Period("H1", getTranslation("period.H1")),
                    new Period("H2", getTranslation("period.H2")));
            case YEAR -> List.of(new Period("Y", getTranslation("period.Y")));
        };
    }

    Campaigns.NewCampaign campaign() {
        List<String> unitNames = Arrays.stream(units.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new Campaigns.NewCampaign(name.getValue(), theme.getValue(), organizer.getValue(), periodList(),
                unitNames, rows.stream().map(IndicatorRow::indicator).toList(),
                awardCount.getValue() == null ? -1 : awardCount.getValue(), awardName.getValue());
    }
}
