package org.workerscontest.publicview;

import java.util.Arrays;
import java.util.List;

import org.workerscontest.innovation.Innovation;
import org.workerscontest.innovation.Innovation.ResultView;
import org.workerscontest.innovation.InnovationQueries;
import org.workerscontest.innovation.InnovationQueries.Filter;
import org.workerscontest.innovation.InnovationResultDocument;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Workers' innovation results for the public: only graded (first to third, excellent) or adopted ones,
 * and the named innovation studios. Names, units and benefits only; nothing of results under review.
 */
@Route(value = "display/innovation", autoLayout = false)
@AnonymousAllowed
public class InnovationDisplayView extends Div implements HasDynamicTitle {

    public InnovationDisplayView(InnovationQueries queries, Innovation innovation) {
        addClassNames("display", "display-phone");
        Div header = new Div(new Div(new H1(getTranslation("display.innovation"))));
        header.addClassName("display-header");
        Div body = new Div();
        body.addClassName("display-body");
        body.setId("display-body");
        List<InnovationResultDocument> listed = queries.search(Filter.all()).stream()
                .filter(InnovationResultDocument::publiclyListed).toList();
        Div results = new Div();
        results.addClassNames("display-table", "display-innovation");
        results.add(row(true, getTranslation("field.result.title"), getTranslation("field.result.authors"),
                getTranslation("field.result.unit"), getTranslation("result.state")));
        for (ResultView view : innovation.views(listed)) {
            InnovationResultDocument result = view.result();
            results.add(row(false, result.title(), String.join("、", view.authors()), result.unit(),
                    getTranslation("resultState." + result.state()) + (result.grade() == null ? ""
                            : " · " + getTranslation("grade." + result.grade()))));
        }
        if (listed.isEmpty()) {
            results.add(new Span(getTranslation("display.innovation.none")));
        }
        Div studios = new Div();
        studios.addClassName("display-index");
        queries.studios().forEach(studio -> {
            Innovation.StudioView view = innovation.studio(studio.id());
            Div item = new Div(new Span(studio.name()), new Span(getTranslation("level." + studio.level()) + " · "
                    + view.leader() + " · " + studio.unit()));
            item.addClassName("index-item");
            studios.add(item);
        });
        body.add(section(getTranslation("display.innovation.results"), results),
                section(getTranslation("innovation.studios"), studios));
        add(header, body);
    }

    private static Div section(String title, Div content) {
        Div section = new Div(new H2(title), content);
        section.addClassName("display-section");
        return section;
    }

    private static Div row(boolean head, String... cells) {
        return DisplayRows.row(head ? DisplayRows.HEAD : null,
                Arrays.stream(cells).map(Span::new).toArray(Span[]::new));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.innovation");
    }
}
