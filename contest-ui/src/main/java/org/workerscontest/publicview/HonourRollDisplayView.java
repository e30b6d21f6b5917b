package org.workerscontest.publicview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.HonourDocument;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.NominationDocument;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public honour roll (光荣榜): conferred honours that were not revoked, by year, level and honour.
 * Names, employers and honours only.
 */
@Route(value = "display/honours", autoLayout = false)
@AnonymousAllowed
public class HonourRollDisplayView extends Div implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<ContestLevel> level = new Select<>();
    final Select<HonourDocument> honour = new Select<>();
    private final HonourQueries honours;
    private final Div roll = new Div();

    public HonourRollDisplayView(HonourQueries honours, PublicChanges changes) {
        this.honours = honours;
        // A conferral or revocation (a round's change) shows at once.
        LiveUpdates.redrawOnChange(this, changes, changed -> honours.round(changed).isPresent(), this::show);
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("display.honours")),
                new Anchor("display/honours/notice", getTranslation("display.notice"))));
        header.addClassName("display-header");
        year.setItems(honours.honourRoll(null, null, null).stream().map(NominationDocument::year).distinct().toList());
        year.setEmptySelectionAllowed(true);
        year.setItemLabelGenerator(value -> value == null ? getTranslation("result.anyYear") : value + "");
        level.setItems(ContestLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setItemLabelGenerator(value -> value == null ? getTranslation("honour.anyLevel")
                : getTranslation("level." + value));
        honour.setItems(honours.honours());
        honour.setEmptySelectionAllowed(true);
        honour.setItemLabelGenerator(value -> value == null ? getTranslation("honour.anyHonour") : value.name());
        year.addValueChangeListener(change -> show());
        level.addValueChangeListener(change -> show());
        honour.addValueChangeListener(change -> show());
        Div filters = new Div(year, level, honour);
        filters.addClassName("display-filters");
        roll.setId("honour-roll");
        Div body = new Div(filters, roll, new Anchor("display", getTranslation("display.index.back")));
        body.addClassName("display-body");
        add(header, body);
        show();
    }

    void show() {
        roll.removeAll();
        List<NominationDocument> conferred = honours.honourRoll(year.getValue(), level.getValue(),
                honour.getValue() == null ? null : honour.getValue().code());
        if (conferred.isEmpty()) {
            Div notice = new Div(new Span(getTranslation("display.honours.none")));
            notice.addClassName("display-notice");
            notice.setId("honours-none");
            roll.add(notice);
            return;
        }
        Map<String, Div> groups = new LinkedHashMap<>();
        for (NominationDocument entry : conferred) {
            String title = entry.year() + " · " + getTranslation("level." + entry.level()) + entry.honourName();
            Div group = groups.computeIfAbsent(title, key -> {
                Div section = new Div(new H2(key));
                section.addClassNames("display-section", "display-index");
                roll.add(section);
                return section;
            });
            // Each name opens the entry's verification page, the one its certificate's QR code leads to.
            Div item = new Div(new Anchor("verify/" + entry.id(), entry.nominee().name()),
                    new Span(entry.nominee().employer()));
            item.addClassName("index-item");
            group.add(item);
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("display.honours");
    }
}
