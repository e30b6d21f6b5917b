package org.workerscontest.publicview;

import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Redraws an open public page when its data changes (by server push), and polls every 30 s so that a
 * page left open keeps its session and finds a restarted server.
 */
final class LiveUpdates {

    private static final int POLL_MILLIS = 30_000;

    private LiveUpdates() {
    }

    /** @param concerns whether a change (the id of a contest, campaign or round) is one the page shows */
    static void redrawOnChange(Component page, PublicChanges changes, Predicate<String> concerns, Runnable redraw) {
        PublicChanges.Subscription[] subscription = new PublicChanges.Subscription[1];
        page.addAttachListener(event -> {
            UI ui = event.getUI();
            subscription[0] = changes.subscribe(changed -> {
                if (concerns.test(changed)) {
                    ui.access(redraw::run);
                }
            });
            ui.setPollInterval(POLL_MILLIS);
        });
        page.addDetachListener(event -> {
            if (subscription[0] != null) {
                subscription[0].close();
            }
            event.getUI().setPollInterval(-1);
        });
    }
}
