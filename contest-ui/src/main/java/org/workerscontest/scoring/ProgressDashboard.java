package org.workerscontest.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.api.Prize;
import org.workerscontest.ui.Charts;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The organizers' progress board: sheets locked per discipline, and prizes by team so far. Drawn with
 * Apache ECharts from its WebJar.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@JavaScript(Charts.ECHARTS)
public class ProgressDashboard extends VerticalLayout {


    private final ScoringQueries scoring;
    final Div sheetsChart = Charts.chart("chart-sheets", "360px");
    final Div prizesChart = Charts.chart("chart-prizes", "360px");

    public ProgressDashboard(ScoringQueries scoring) {
        this.scoring = scoring;
        setPadding(false);
        setSizeFull();
        VerticalLayout sheets = new VerticalLayout(new H4(getTranslation("dashboard.sheets")), sheetsChart);
        VerticalLayout prizes = new VerticalLayout(new H4(getTranslation("dashboard.prizes")), prizesChart);
        sheets.setPadding(false);
        prizes.setPadding(false);
        HorizontalLayout charts = new HorizontalLayout(sheets, prizes);
        charts.setWidthFull();
        charts.setFlexGrow(1, sheets, prizes);
        add(charts);
    }

    public void show(ContestDocument contest) {
        List<DisciplineDocument> disciplines = scoring.disciplines(contest.id());
        Map<String, long[]> progress = scoring.progress(contest.id());
        List<String> names = disciplines.stream().map(DisciplineDocument::name).toList();
        List<Long> locked = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (DisciplineDocument discipline : disciplines) {
            long[] counts = progress.getOrDefault(discipline.id(), new long[] {0, 0});
            locked.add(counts[1]);
            open.add(counts[0] - counts[1]);
        }
        Charts.draw(sheetsChart, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of(getTranslation("sheet.status.locked"), getTranslation("dashboard.open"))),
                "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("name", getTranslation("sheet.status.locked"), "type", "bar", "stack", "sheets",
                                "data", locked, "itemStyle", Map.of("color", "#2e7d32")),
                        Map.of("name", getTranslation("dashboard.open"), "type", "bar", "stack", "sheets",
                                "data", open, "itemStyle", Map.of("color", "#bdbdbd")))));

        // Prizes as they stand over the locked sheets, published or not: the organizers' own view.
        Map<String, int[]> byTeam = new LinkedHashMap<>();
        for (DisciplineDocument discipline : disciplines) {
            for (ResultRow row : scoring.results(discipline.id()).rows()) {
                if (row.prize() != null) {
                    byTeam.computeIfAbsent(row.team(), team -> new int[3])[row.prize().ordinal()]++;
                }
            }
        }
        List<String> teams = new ArrayList<>(byTeam.keySet());
        List<Map<String, Object>> series = new ArrayList<>();
        String[] colors = {"#c62828", "#1565c0", "#8d6e63"};
        for (Prize prize : Prize.values()) {
            series.add(Map.of("name", getTranslation("prize." + prize), "type", "bar", "stack", "prizes",
                    "data", teams.stream().map(team -> byTeam.get(team)[prize.ordinal()]).toList(),
                    "itemStyle", Map.of("color", colors[prize.ordinal()])));
        }
        Charts.draw(prizesChart, Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of(getTranslation("prize.FIRST"), getTranslation("prize.SECOND"),
                        getTranslation("prize.THIRD"))),
                "grid", Map.of("left", 150),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", teams),
                "series", series));
    }
}
