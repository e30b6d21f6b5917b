package org.workerscontest.publicview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The rows and cells the public pages build their tables from (styled by the display-* classes). */
final class DisplayRows {

    /** The class of a table's heading row. */
    static final String HEAD = "head";

    private DisplayRows() {
    }

    /** @param className an extra class for the row (e.g. {@link #HEAD} or a prize), or null */
    static Div row(String className, Component... cells) {
        Div row = new Div(cells);
        row.addClassName("display-row");
        if (className != null) {
            row.addClassName(className);
        }
        return row;
    }

    static Span text(String value, String className) {
        Span span = new Span(value);
        span.addClassName(className);
        return span;
    }
}
