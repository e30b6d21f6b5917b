package org.workerscontest.publicview;

import java.util.List;

import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.laborcompetition.CampaignDocument;
import org.workerscontest.laborcompetition.LaborQueries;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public entrance: every contest's display, and the honour roll. No login. */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
public class DisplayIndexView extends Div implements HasDynamicTitle {

    public DisplayIndexView(ContestQueries contests, LaborQueries labor) {
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("display.index"))));
        header.addClassName("display-header");
        Div list = new Div();
        list.addClassName("display-index");
        List<ContestDocument> all = contests.contests();
        for (ContestDocument contest : all) {
            Anchor link = new Anchor("display/" + contest.id(), contest.name());
            Span facts = new Span(getTranslation("level." + contest.level()) + " · " + contest.organizer() + " · "
                    + Formats.date(contest.startDate()));
            Div item = new Div(link, facts);
            item.addClassName("index-item");
            list.add(item);
        }
        for (CampaignDocument campaign : labor.campaigns()) {
            Anchor link = new Anchor("display/campaigns/" + campaign.id(), campaign.name());
            Div item = new Div(link, new Span(getTranslation("nav.campaigns") + " · " + campaign.theme() + " · "
                    + campaign.organizer()));
            item.addClassName("index-item");
            list.add(item);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Span(getTranslation("display.index.none")));
        }
        Div body = new Div(list, new Anchor("display/honours", getTranslation("display.honours")), new Span(" · "),
                new Anchor("display/innovation", getTranslation("display.innovation")));
        body.addClassName("display-body");
        add(header, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.index");
    }
}
