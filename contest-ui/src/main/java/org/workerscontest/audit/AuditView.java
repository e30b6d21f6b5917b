package org.workerscontest.audit;

import java.util.Map;
import java.util.stream.Collectors;

import org.workerscontest.audit.AuditQueries.AuditFilter;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.i18n.Translations;
import org.workerscontest.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Who did what and when: every stored event, newest first, read page by page. */
@Route("audit")
@RolesAllowed({"ADMIN", "ORGANIZER"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditQueries audit;
    private final Translations translations;
    private final Map<String, String> contestNames;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<ContestDocument> contest = new ComboBox<>(getTranslation("audit.filter.contest"));
    private final TextField user = new TextField(getTranslation("audit.filter.user"));
    private final ComboBox<String> type = new ComboBox<>(getTranslation("audit.filter.type"));
    private final Span total = new Span();

    public AuditView(AuditQueries audit, ContestQueries contests, Translations translations) {
        this.audit = audit;
        this.translations = translations;
        setSizeFull();
        var allContests = contests.contests();
        contestNames = allContests.stream().collect(Collectors.toMap(ContestDocument::id,
                ContestDocument::name));

        contest.setItems(allContests);
        contest.setItemLabelGenerator(ContestDocument::name);
        contest.setClearButtonVisible(true);
        contest.setWidth("22em");
        contest.setId("audit-contest");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        user.setId("audit-user");
        type.setItems(translations.keysUnder("event."));
        type.setItemLabelGenerator(value -> getTranslation("event." + value));
        type.setClearButtonVisible(true);
        type.setId("audit-type");
        Button clear = new Button(getTranslation("audit.filter.clear"), click -> {
            contest.clear();
            user.clear();
            type.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        contest.addValueChangeListener(change -> refresh());
        user.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(contest, user, type, clear, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(entry -> Formats.time(entry.at())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::user).setHeader(getTranslation("audit.column.user")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.role() == null ? "" : getTranslation("role." + entry.role()))
                .setHeader(getTranslation("audit.column.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("event." + entry.type())).setHeader(getTranslation("audit.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::summary).setHeader(getTranslation("audit.column.summary")).setFlexGrow(3)
                .setTooltipGenerator(this::summary);
        grid.addColumn(entry -> entry.contestId() == null ? "" : contestNames.getOrDefault(entry.contestId(),
                entry.contestId())).setHeader(getTranslation("audit.column.contest")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setPageSize(50);
        grid.setId("audit");
        add(new H2(getTranslation("audit.title")), filters, grid);
        expand(grid);
        refresh();
    }

    private String summary(AuditEntry entry) {
        return translations.fill("audit.summary." + entry.type(), getLocale(), entry.details());
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(contest.getValue() == null ? null : contest.getValue().id(),
                user.getValue(), type.getValue());
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(filter));
        total.setText(getTranslation("common.total", audit.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.shortTitle");
    }
}
