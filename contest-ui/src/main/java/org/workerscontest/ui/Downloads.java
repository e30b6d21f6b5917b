package org.workerscontest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Links to a file the REST API serves, for the signed-in user's session. */
public final class Downloads {

    private Downloads() {
    }

    /** "Export .xlsx" and "Export CSV" for an API path without its extension. */
    public static HorizontalLayout excelAndCsv(String apiPath, String xlsxLabel, String csvLabel) {
        return new HorizontalLayout(file(apiPath + ".xlsx", xlsxLabel), file(apiPath + ".csv", csvLabel));
    }

    /** One download link, e.g. "Export .xlsx" or a certificate; the path may carry a query. */
    public static Anchor file(String href, String label) {
        Anchor anchor = new Anchor(href, "");
        Icon icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("1em");
        anchor.add(icon);
        anchor.add(" " + label);
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
