package org.workerscontest.ui;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Div;

/**
 * Apache ECharts, loaded from its WebJar by the views that draw (they carry the @JavaScript). A chart is
 * a div; its option is built on the server and handed over as JSON.
 */
public final class Charts {

    public static final String ECHARTS = "context://webjars/echarts/5.5.0/echarts.min.js";
    public static final String FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    public static Div chart(String id, String height) {
        Div chart = new Div();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        return chart;
    }

    /** Draws (or redraws) the chart, following the div's size. */
    public static void draw(Div chart, Map<String, Object> option) {
        try {
            chart.getElement().executeJs("const chart = echarts.getInstanceByDom(this) || echarts.init(this);"
                    + "chart.setOption(JSON.parse($0), true);"
                    + "if (!this.$resizeObserved) { this.$resizeObserved = true;"
                    + " new ResizeObserver(() => chart.resize()).observe(this); }", JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
