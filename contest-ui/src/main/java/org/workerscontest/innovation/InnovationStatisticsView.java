package org.workerscontest.innovation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.workerscontest.innovation.InnovationQueries.Amount;
import org.workerscontest.innovation.InnovationQueries.Filter;
import org.workerscontest.innovation.InnovationQueries.Statistics;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.ui.Charts;
import org.workerscontest.ui.Downloads;
import org.workerscontest.ui.Facts;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Innovation statistics: results by kind and year, verified benefit by unit and region, adoption rate,
 * the top units and studios; the same figures download as .xlsx.
 */
@Route("innovation/statistics")
@RolesAllowed({"ADMIN", "ORGANIZER"})
@JavaScript(Charts.ECHARTS)
public class InnovationStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private static final int TOP = 10;

    final Select<Integer> year = new Select<>();
    final Div summary = new Div();
    final Div byKind = Charts.chart("chart-kinds", "340px");
    final Div byUnit = Charts.chart("chart-units", "360px");
    final Div byRegion = Charts.chart("chart-regions", "340px");
    final Div studios = Charts.chart("chart-studios", "340px");
    private final InnovationQueries queries;
    private final HorizontalLayout downloads = new HorizontalLayout();

    public InnovationStatisticsView(InnovationQueries queries) {
        this.queries = queries;
        year.setLabel(getTranslation("result.year"));
        year.setItems(InnovationView.years());
        year.setItemLabelGenerator(value -> value == null ? getTranslation("result.anyYear") : value + "");
        year.setEmptySelectionAllowed(true);
        year.setId("statistics-year");
        year.addValueChangeListener(change -> show());
        summary.addClassName("contest-summary");
        summary.setId("statistics-summary");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("innovation.statistics")), year,
                downloads, new RouterLink(getTranslation("innovation.back"), InnovationView.class));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(section("statistics.byKind", byKind),
                section("statistics.byRegion", byRegion));
        HorizontalLayout bottom = new HorizontalLayout(section("statistics.byUnit", byUnit),
                section("statistics.topStudios", studios));
        top.setWidthFull();
        bottom.setWidthFull();
        add(header, summary, top, bottom);
        show();
    }

    private static VerticalLayout section(String titleKey, Div chart) {
        VerticalLayout section = new VerticalLayout(new H4(chart.getTranslation(titleKey)), chart);
        section.setPadding(false);
        section.setWidth("50%");
        return section;
    }

    void show() {
        Statistics statistics = queries.statistics(new Filter(null, null, null, year.getValue(), null, null));
        downloads.removeAll();
        downloads.add(Downloads.file("/api/innovation/statistics.xlsx"
                + (year.getValue() == null ? "" : "?year=" + year.getValue()), getTranslation("statistics.export")));
        summary.removeAll();
        summary.add(Facts.fact(getTranslation("statistics.results"), String.valueOf(statistics.results())),
                Facts.fact(getTranslation("statistics.evaluated"), String.valueOf(statistics.evaluated())),
                Facts.fact(getTranslation("statistics.adopted"), String.valueOf(statistics.adopted())),
                Facts.fact(getTranslation("statistics.adoptionRate"), statistics.adoptionRate().toPlainString() + "%"),
                Facts.fact(getTranslation("statistics.claimed"), InnovationView.money(statistics.claimedBenefit())),
                Facts.fact(getTranslation("statistics.verified"), InnovationView.money(statistics.verifiedBenefit())));
        drawKinds(statistics);
        drawAmounts(byUnit, statistics.byUnit(), "#c62828");
        drawAmounts(studios, statistics.topStudios(), "#1565c0");
        List<Map<String, Object>> regions = statistics.byRegion().stream()
                .map(amount -> Map.<String, Object>of("name", amount.name(), "value", amount.verifiedBenefit()))
                .toList();
        Charts.draw(byRegion, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "item", "valueFormatter", "{value} 元"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "data", regions,
                        "label", Map.of("formatter", "{b}\n{d}%")))));
    }

    private void drawKinds(Statistics statistics) {
        List<String> years = statistics.countsByYear().keySet().stream().map(String::valueOf).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (ResultKind kind : ResultKind.values()) {
            List<Long> counts = statistics.countsByYear().values().stream()
                    .map(kinds -> kinds.getOrDefault(kind, 0L)).toList();
            if (counts.stream().anyMatch(count -> count > 0)) {
                series.add(Map.of("name", getTranslation("resultKind." + kind), "type", "bar", "stack", "kinds",
                        "data", counts));
            }
        }
        Charts.draw(byKind, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("type", "scroll", "top", 0),
                "grid", Map.of("top", 40, "left", 40, "right", 20, "bottom", 30),
                "xAxis", Map.of("type", "category", "data", years),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", series));
    }

    /** The top units or studios by verified benefit, in ten thousand yuan (万元) as people read it. */
    private void drawAmounts(Div chart, List<Amount> amounts, String color) {
        List<Amount> top = amounts.stream().limit(TOP).toList().reversed();
        Charts.draw(chart, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 180, "right", 60, "top", 10, "bottom", 30),
                "xAxis", Map.of("type", "value", "name", getTranslation("statistics.tenThousandYuan")),
                "yAxis", Map.of("type", "category", "data", top.stream().map(Amount::name).toList()),
                "series", List.of(Map.of("type", "bar", "itemStyle", Map.of("color", color),
                        "label", Map.of("show", true, "position", "right"),
                        "data", top.stream().map(amount -> amount.verifiedBenefit()
                                .divide(BigDecimal.valueOf(10000), 1, RoundingMode.HALF_UP)).toList()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("innovation.statistics");
    }
}
