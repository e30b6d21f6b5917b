package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.LaborQueries.PeriodRow;
import org.workerscontest.laborcompetition.LaborQueries.PeriodStandings;
import org.workerscontest.laborcompetition.LaborQueries.Standings;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;
import org.workerscontest.ui.Charts;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * A campaign in charts: each unit's score over the periods, the ranking of one period, and what each
 * indicator contributed to every unit's score in that period.
 */
@JavaScript(Charts.ECHARTS)
public class CampaignCharts extends VerticalLayout {

    final Div trend = Charts.chart("chart-trend", "340px");
    final Div ranking = Charts.chart("chart-ranking", "340px");
    final Div breakdown = Charts.chart("chart-breakdown", "380px");
    final Select<PeriodEntry> period = new Select<>();
    private CampaignDocument campaign;
    private Standings standings;

    public CampaignCharts() {
        setPadding(false);
        period.setLabel(getTranslation("campaign.column.period"));
        period.setItemLabelGenerator(PeriodEntry::name);
        period.setId("chart-period");
        period.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                drawPeriod();
            }
        });
        add(new H4(getTranslation("chart.trend")), trend, period, new H4(getTranslation("chart.ranking")), ranking,
                new H4(getTranslation("chart.breakdown")), breakdown);
    }

    void show(CampaignDocument shown, Standings current) {
        this.campaign = shown;
        this.standings = current;
        PeriodEntry selected = period.getValue();
        period.setItems(shown.periods());
        // The latest period with verified reports, unless the user chose one.
        period.setValue(selected != null ? shown.period(selected.code()).orElse(null) : current.periods().stream()
                .filter(PeriodStandings::scored).reduce((first, second) -> second)
                .flatMap(scored -> shown.period(scored.periodCode())).orElse(shown.periods().getFirst()));
        drawTrend();
        drawPeriod();
    }

    private void drawTrend() {
        List<String> periodNames = campaign.periods().stream().map(PeriodEntry::name).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (LaborQueries.OverallRow row : standings.overall()) {
            List<BigDecimal> scores = campaign.periods().stream().map(entry -> row.periodScores().get(entry.code()))
                    .toList();
            series.add(Map.of("name", row.unitName(), "type", "line", "data", scores, "connectNulls", false));
        }
        Charts.draw(trend, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("type", "scroll", "top", 0),
                "grid", Map.of("top", 40, "left", 50, "right", 20, "bottom", 30),
                "xAxis", Map.of("type", "category", "data", periodNames),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", series));
    }

    private void drawPeriod() {
        PeriodEntry shown = period.getValue();
        if (shown == null) {
            return;
        }
        PeriodStandings periodStandings = standings.periods().stream()
                .filter(entry -> entry.periodCode().equals(shown.code())).findFirst().orElseThrow();
        List<PeriodRow> rows = periodStandings.rows().reversed();
        List<String> units = rows.stream().map(PeriodRow::unitName).toList();
        Charts.draw(ranking, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 140, "right", 40, "top", 10, "bottom", 30),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100),
                "yAxis", Map.of("type", "category", "data", units),
                "series", List.of(Map.of("type", "bar", "data", rows.stream().map(PeriodRow::score).toList(),
                        "itemStyle", Map.of("color", "#c62828"), "label", Map.of("show", true, "position", "right")))));
        List<Map<String, Object>> series = new ArrayList<>();
        for (Indicator indicator : campaign.indicators()) {
            // Weight × indicator score / 100: the points the indicator adds to the period score.
            series.add(Map.of("name", indicator.name(), "type", "bar", "stack", "score",
                    "data", rows.stream().map(row -> row.indicatorScores().get(indicator.code()) == null ? null
                            : row.indicatorScores().get(indicator.code()).multiply(indicator.weight())
                            .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)).toList()));
        }
        Charts.draw(breakdown, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 140, "right", 40, "top", 40, "bottom", 30),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100),
                "yAxis", Map.of("type", "category", "data", units),
                "series", series));
    }
}
