package org.workerscontest.publicview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public honour roll. Honours are conferred once the honour selection rounds exist; until then it says so. */
@Route(value = "display/honours", autoLayout = false)
@AnonymousAllowed
public class HonourRollDisplayView extends Div implements HasDynamicTitle {

    public HonourRollDisplayView() {
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("display.honours"))));
        header.addClassName("display-header");
        Div notice = new Div(new Span(getTranslation("display.honours.none")));
        notice.addClassName("display-notice");
        notice.setId("honours-none");
        Div body = new Div(notice, new Anchor("display", getTranslation("display.index.back")));
        body.addClassName("display-body");
        add(header, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.honours");
    }
}
