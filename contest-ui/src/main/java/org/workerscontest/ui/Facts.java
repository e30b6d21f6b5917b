package org.workerscontest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label over its value, as the summaries at the top of a contest, campaign or result show them. */
public final class Facts {

    private Facts() {
    }

    public static Div fact(String label, String value) {
        Div fact = new Div(new Span(label), new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
