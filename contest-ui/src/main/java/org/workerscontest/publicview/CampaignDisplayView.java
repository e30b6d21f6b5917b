package org.workerscontest.publicview;

import static org.workerscontest.publicview.DisplayRows.HEAD;
import static org.workerscontest.publicview.DisplayRows.row;
import static org.workerscontest.publicview.DisplayRows.text;

import java.math.BigDecimal;
import java.util.List;

import org.workerscontest.laborcompetition.CampaignDocument;
import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.LaborQueries;
import org.workerscontest.laborcompetition.LaborQueries.OverallRow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A labor competition's public standings, for the hall screen and phones alike: the overall ranking with
 * every period's score, from verified reports only, updated as reports are verified.
 */
@Route(value = "display/campaigns/:campaignId", autoLayout = false)
@AnonymousAllowed
public class CampaignDisplayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LaborQueries labor;
    private final H1 name = new H1();
    private final Span subtitle = new Span();
    private final Div body = new Div();
    private String campaignId;
    private CampaignDocument campaign;

    public CampaignDisplayView(LaborQueries labor, PublicChanges changes) {
        this.labor = labor;
        LiveUpdates.redrawOnChange(this, changes, changed -> changed.equals(campaignId), this::refresh);
        addClassNames("display", "display-phone");
        subtitle.addClassName("display-page-title");
        Div header = new Div(new Div(name, subtitle));
        header.addClassName("display-header");
        body.addClassName("display-body");
        body.setId("display-body");
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaignId = event.getRouteParameters().get("campaignId").orElse("");
        refresh();
    }


    void refresh() {
        body.removeAll();
        campaign = labor.campaign(campaignId).orElse(null);
        if (campaign == null) {
            name.setText(getTranslation("display.unknown"));
            subtitle.setText("");
            body.add(new Anchor("display", getTranslation("display.index.back")));
            return;
        }
        name.setText(campaign.name());
        subtitle.setText(campaign.theme() + " · " + campaign.organizer() + " · " + getTranslation(campaign.concluded()
                ? "campaign.state.concluded" : "campaign.state.running"));
        List<PeriodEntry> periods = campaign.periods();
        Div table = new Div(row(HEAD, cells(getTranslation("competitor.column.rank"),
                getTranslation("campaign.column.unit"), periods, null, getTranslation("campaign.column.score"),
                getTranslation("campaign.column.state"))));
        table.addClassNames("display-table", "display-campaign");
        table.getStyle().set("--periods", String.valueOf(periods.size()));
        LaborQueries.Standings standings = labor.standings(campaign);
        // Until a period is closed there is no overall score to rank by: show none rather than all zeros.
        boolean ranked = !standings.countedPeriods().isEmpty();
        for (OverallRow row : standings.overall()) {
            Div line = row(null, cells(ranked ? String.valueOf(row.rank()) : "—", row.unitName(), periods, row,
                    ranked ? number(row.score()) : "—", row.vetoed() ? getTranslation("campaign.vetoed")
                            : row.awarded() ? campaign.awardName() : ""));
            if (row.awarded()) {
                line.addClassName("prize-first");
            }
            table.add(line);
        }
        Div section = new Div(new H2(getTranslation("campaign.standings.overall")), table);
        section.addClassName("display-section");
        body.add(section, new Span(countedNote(this, campaign, standings) + " "
                + getTranslation("display.campaign.verifiedOnly")));
    }

    /** Which periods the overall score is the mean of, in words. */
    public static String countedNote(Component owner, CampaignDocument campaign,
                                     LaborQueries.Standings standings) {
        if (standings.countedPeriods().isEmpty()) {
            return owner.getTranslation("campaign.counted.none");
        }
        return owner.getTranslation("campaign.counted", String.join("、", standings.countedPeriods().stream()
                .map(code -> campaign.period(code).map(PeriodEntry::name).orElse(code)).toList()));
    }

    private Span[] cells(String rank, String unit, List<PeriodEntry> periods, OverallRow row, String score,
                         String state) {
        Span[] cells = new Span[periods.size() + 4];
        cells[0] = text(rank, "rank");
        cells[1] = text(unit, "team");
        for (int i = 0; i < periods.size(); i++) {
            cells[i + 2] = text(row == null ? periods.get(i).name()
                    : number(row.periodScores().get(periods.get(i).code())), "count");
        }
        cells[periods.size() + 2] = text(score, "total");
        cells[periods.size() + 3] = text(state, "state");
        return cells;
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("display.index") : campaign.name();
    }
}
