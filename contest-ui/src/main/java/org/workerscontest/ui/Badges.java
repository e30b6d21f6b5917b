package org.workerscontest.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/** The small pieces every list uses: a Lumo badge for a state, a small text button for a row's action. */
public final class Badges {

    private Badges() {
    }

    /** @param variants Lumo badge variants, e.g. "success", "error contrast", or "" for the plain badge */
    public static Span badge(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variants).strip());
        return badge;
    }

    public static Button rowAction(String text, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
