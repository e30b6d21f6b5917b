package org.workerscontest.publicview;

import static org.workerscontest.publicview.DisplayRows.HEAD;
import static org.workerscontest.publicview.DisplayRows.row;
import static org.workerscontest.publicview.DisplayRows.text;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.workerscontest.publicview.Ceremonies.Ceremony;
import org.workerscontest.publicview.PublicResults.Discipline;
import org.workerscontest.publicview.PublicResults.Row;
import org.workerscontest.scoring.ScoringQueries.TeamStandingRow;
import org.workerscontest.scoring.api.Prize;
import org.workerscontest.ui.Charts;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.PublicUrls;
import org.workerscontest.ui.QrCodes;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * The contest on the hall's big screen (1920×1080) or on a phone. The screen rotates through the
 * published leaderboards, the medal table and the progress of the rest; a presenter can pin a page; an
 * award ceremony takes the screen over. Changes arrive by server push; the poll that turns the pages
 * also finds a restarted server, and the page then reloads itself.
 */
@Route(value = "display/:contestId", autoLayout = false)
@AnonymousAllowed
@JavaScript(Charts.ECHARTS)
public class DisplayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int ROWS_PER_SCREEN_PAGE = 8;
    static final String STANDINGS = "standings";
    static final String PROGRESS = "progress";
    static final String CEREMONY = "ceremony";
    /** Keeps a phone's page alive and finds a restarted server when nothing else happens. */
    private static final int PHONE_POLL_SECONDS = 30;

    /** One screenful; its content is built when shown. */
    record Page(String key, String title, java.util.function.Supplier<Component> content) {
    }

    private final PublicResults results;
    private final Ceremonies ceremonies;
    private final PublicChanges changes;
    private final int defaultRotationSeconds;
    private final PublicUrls publicUrls;

    private final H1 contestName = new H1();
    private final Span pageTitle = new Span();
    private final Div qr = new Div();
    private final Div body = new Div();
    private final Div dots = new Div();
    private final Button pin = new Button();
    private final Span updated = new Span();
    private final Div footer = new Div();

    private String contestId;
    private Optional<PublicResults.Contest> contest = Optional.empty();
    private boolean phone;
    private int rotationSeconds;
    List<Page> pages = List.of();
    private String currentKey;
    private boolean pinned;
    private PublicChanges.Subscription subscription;
    private Registration poll;

    public DisplayView(PublicResults results, Ceremonies ceremonies, PublicChanges changes,
                       @Value("${contest.display.rotation-seconds}") int defaultRotationSeconds,
                       PublicUrls publicUrls) {
        this.results = results;
        this.ceremonies = ceremonies;
        this.changes = changes;
        this.defaultRotationSeconds = defaultRotationSeconds;
        this.publicUrls = publicUrls;
        addClassName("display");
        Div titles = new Div(contestName, pageTitle);
        titles.addClassName("display-titles");
        pageTitle.addClassName("display-page-title");
        pageTitle.setId("display-page-title");
        qr.addClassName("display-qr");
        Div header = new Div(titles, qr);
        header.addClassName("display-header");
        body.addClassName("display-body");
        body.setId("display-body");
        dots.addClassName("display-dots");
        pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        pin.setId("display-pin");
        pin.addClickListener(event -> setPinned(!pinned));
        Button previous = control(VaadinIcon.CHEVRON_LEFT, "display.previous", -1);
        Button next = control(VaadinIcon.CHEVRON_RIGHT, "display.next", +1);
        next.setId("display-next");
        updated.addClassName("display-updated");
        footer.add(dots, previous, pin, next, updated);
        footer.addClassName("display-footer");
        add(header, body, footer);
    }

    private Button control(VaadinIcon icon, String label, int step) {
        Button button = new Button(icon.create(), event -> turn(step));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contestId = event.getRouteParameters().get("contestId").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        phone = "phone".equals(first(query, "mode"));
        rotationSeconds = parseSeconds(first(query, "interval"));
        currentKey = first(query, "page");
        pinned = currentKey != null;
        setClassName("display-phone", phone);
        setClassName("display-screen", !phone);
        footer.setVisible(!phone);
        qr.setVisible(!phone);
        if (!phone) {
            showQrCode();
        }
        refresh();
    }

    private static String first(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> !value.isBlank()).orElse(null);
    }

    /** 5 s to 10 min; anything else falls back to the configured interval. */
    private int parseSeconds(String value) {
        try {
            int seconds = value == null ? defaultRotationSeconds : Integer.parseInt(value);
            return seconds >= 5 && seconds <= 600 ? seconds : defaultRotationSeconds;
        } catch (NumberFormatException e) {
            return defaultRotationSeconds;
        }
    }

    private void showQrCode() {
        String phoneUrl = publicUrls.base() + "/display/" + contestId + "?mode=phone";
        qr.removeAll();
        Span caption = new Span(getTranslation("display.scan"));
        qr.add(QrCodes.image(phoneUrl, getTranslation("display.scan")), caption);
        qr.getElement().setAttribute("title", phoneUrl);
    }


    @Override
    public String getPageTitle() {
        return contest.map(found -> getTranslation("display.title", found.name()))
                .orElse(getTranslation("display.title", getTranslation("app.title")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = changes.subscribe(changed -> {
            if (changed.equals(contestId)) {
                ui.access(this::refresh);
            }
        });
        ui.setPollInterval((phone ? PHONE_POLL_SECONDS : rotationSeconds) * 1000);
        poll = ui.addPollListener(poll -> rotate());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
        }
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    /** Reads the public results again and redraws, staying on the same page where it still exists. */
    void refresh() {
        contest = results.of(contestId);
        contestName.setText(contest.map(PublicResults.Contest::name).orElse(getTranslation("display.unknown")));
        pages = contest.map(this::pagesOf).orElse(List.of());
        updated.setText(getTranslation("display.updated", LocalTime.now(Formats.BEIJING)
                .format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        if (phone) {
            showAll();
        } else {
            show(indexOf(currentKey).orElse(0));
        }
    }

    private List<Page> pagesOf(PublicResults.Contest found) {
        Optional<Ceremony> ceremony = ceremonies.current(found.id());
        if (ceremony.isPresent() && !phone) {
            return List.of(new Page(CEREMONY, getTranslation("display.ceremony", ceremony.get().disciplineName()),
                    () -> ceremony(ceremony.get())));
        }
        List<Page> all = new ArrayList<>();
        ceremony.ifPresent(shown -> all.add(new Page(CEREMONY,
                getTranslation("display.ceremony", shown.disciplineName()), () -> ceremony(shown))));
        for (Discipline discipline : found.published()) {
            List<List<Row>> chunks = phone ? List.of(discipline.rows()) : chunks(discipline.rows());
            for (int i = 0; i < chunks.size(); i++) {
                List<Row> rows = chunks.get(i);
                String title = getTranslation("display.results", discipline.name())
                        + (chunks.size() > 1 ? getTranslation("display.part", i + 1, chunks.size()) : "");
                all.add(new Page("results-" + discipline.code() + (i == 0 ? "" : "-" + (i + 1)), title,
                        () -> leaderboard(rows)));
            }
        }
        if (!found.published().isEmpty()) {
            all.add(new Page(STANDINGS, getTranslation("display.standings"), () -> standings(found.standings())));
        }
        if (!found.inProgress().isEmpty()) {
            all.add(new Page(PROGRESS, getTranslation("display.progress"), () -> progress(found.inProgress())));
        }
        return all;
    }

    private static List<List<Row>> chunks(List<Row> rows) {
        List<List<Row>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_SCREEN_PAGE) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_SCREEN_PAGE)));
        }
        return chunks.isEmpty() ? List.of(List.of()) : chunks;
    }

    private Optional<Integer> indexOf(String key) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The poll's turn of the page, unless pinned. */
    void rotate() {
        if (!phone && !pinned) {
            turn(+1);
        }
    }

    void turn(int step) {
        if (!pages.isEmpty()) {
            int index = indexOf(currentKey).orElse(0);
            show(Math.floorMod(index + step, pages.size()));
        }
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
        pin.setIcon(pinned ? VaadinIcon.PIN_POST.create() : VaadinIcon.PIN.create());
        pin.setText(getTranslation(pinned ? "display.unpin" : "display.pin"));
    }

    private void show(int index) {
        body.removeAll();
        dots.removeAll();
        setPinned(pinned);
        if (pages.isEmpty()) {
            currentKey = null;
            pageTitle.setText("");
            body.add(notice(getTranslation(contest.isPresent() ? "display.nothingYet" : "display.unknownHint")));
            return;
        }
        Page page = pages.get(index);
        currentKey = page.key();
        pageTitle.setText(page.title());
        body.add(page.content().get());
        for (int i = 0; i < pages.size(); i++) {
            Span dot = new Span();
            dot.addClassName(i == index ? "dot-current" : "dot");
            dots.add(dot);
        }
    }

    private void showAll() {
        body.removeAll();
        pageTitle.setText(contest.map(found -> getTranslation("level." + found.level())
                + " · " + found.organizer()).orElse(""));
        if (pages.isEmpty()) {
            body.add(notice(getTranslation(contest.isPresent() ? "display.nothingYet" : "display.unknownHint")));
        }
        for (Page page : pages) {
            Div section = new Div(new H2(page.title()), page.content().get());
            section.addClassName("display-section");
            body.add(section);
        }
    }

    private static Div notice(String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName("display-notice");
        return notice;
    }

    private Component leaderboard(List<Row> rows) {
        Div table = table("display-leaderboard", heading("competitor.column.rank"), heading("competitor.column.name"),
                heading("competitor.column.team"), text(getTranslation("display.employer"), "employer"),
                heading("display.total"), heading("display.prize"));
        for (Row row : rows) {
            table.add(row(row.prize() == null ? null : "prize-" + row.prize().name().toLowerCase(),
                    text(String.valueOf(row.rank()), "rank"), text(row.name(), "name"), text(row.team(), "team"),
                    text(row.employer() == null ? "" : row.employer(), "employer"),
                    text(number(row.total()), "total"), prizeBadge(row.prize())));
        }
        if (rows.isEmpty()) {
            table.add(notice(getTranslation("display.noLockedSheets")));
        }
        return table;
    }

    private Component standings(List<TeamStandingRow> standings) {
        Div table = table("display-standings", heading("competitor.column.rank"), heading("competitor.column.team"),
                heading("prize.FIRST"), heading("prize.SECOND"), heading("prize.THIRD"), heading("display.totalSum"));
        List<TeamStandingRow> shown = phone ? standings : standings.stream().limit(ROWS_PER_SCREEN_PAGE).toList();
        for (TeamStandingRow standing : shown) {
            table.add(row(null, text(String.valueOf(standing.rank()), "rank"), text(standing.team(), "team"),
                    text(String.valueOf(standing.first()), "count"), text(String.valueOf(standing.second()), "count"),
                    text(String.valueOf(standing.third()), "count"), text(number(standing.totalSum()), "total")));
        }
        List<TeamStandingRow> withPrizes = standings.stream()
                .filter(standing -> standing.first() + standing.second() + standing.third() > 0)
                .limit(ROWS_PER_SCREEN_PAGE).toList();
        if (withPrizes.isEmpty()) {
            return table;
        }
        Div chart = new Div();
        chart.addClassName("display-chart");
        chart.setId("display-medal-chart");
        drawMedalChart(chart, withPrizes.reversed());
        Div both = new Div(table, chart);
        both.addClassName("display-split");
        return both;
    }

    private void drawMedalChart(Div chart, List<TeamStandingRow> teams) {
        List<Map<String, Object>> series = new ArrayList<>();
        String[] colors = {"#f6c343", "#cfd8dc", "#d7a26a"};
        for (Prize prize : Prize.values()) {
            series.add(Map.of("name", getTranslation("prize." + prize), "type", "bar", "stack", "prizes",
                    "data", teams.stream().map(team -> switch (prize) {
                        case FIRST -> team.first();
                        case SECOND -> team.second();
                        case THIRD -> team.third();
                    }).toList(), "barMaxWidth", 48, "itemStyle", Map.of("color", colors[prize.ordinal()])));
        }
        int fontSize = phone ? 12 : 18;
        Map<String, Object> option = Map.of(
                "textStyle", Map.of("fontFamily", Charts.FONT, "color", "#fff", "fontSize", fontSize),
                "legend", Map.of("textStyle", Map.of("color", "#fff", "fontSize", fontSize)),
                "grid", Map.of("left", 8, "right", 24, "top", 48, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value", "minInterval", 1, "axisLabel", Map.of("color", "#fff")),
                "yAxis", Map.of("type", "category", "data", teams.stream().map(TeamStandingRow::team).toList(),
                        "axisLabel", Map.of("color", "#fff", "fontSize", fontSize)),
                "series", series);
        Charts.draw(chart, option);
    }

    /** Sheets locked against the total: never a mark (DOMAIN.md rule 9). */
    private Component progress(List<Discipline> disciplines) {
        Div list = new Div();
        list.addClassName("display-progress");
        for (Discipline discipline : disciplines) {
            int percent = discipline.competitors() == 0 ? 0 : 100 * discipline.locked() / discipline.competitors();
            Div fill = new Div();
            fill.addClassName("bar-fill");
            fill.getStyle().set("width", percent + "%");
            Div bar = new Div(fill);
            bar.addClassName("bar");
            Div item = new Div(text(discipline.name(), "name"), bar, text(getTranslation("display.sheetsLocked",
                    discipline.locked(), discipline.competitors()), "count"));
            item.addClassName("progress-item");
            list.add(item);
        }
        return list;
    }

    private Component ceremony(Ceremony ceremony) {
        Div stage = new Div();
        stage.addClassName("display-ceremony");
        if (ceremony.revealed() == 0) {
            stage.add(notice(getTranslation("display.ceremony.waiting", ceremony.winners().size())));
            return stage;
        }
        List<Row> shown = ceremony.shown();
        Row latest = shown.getLast();
        Div spotlight = new Div(prizeBadge(latest.prize()), text(latest.name(), "name"), text(latest.team(), "team"),
                text(latest.employer() == null ? "" : latest.employer(), "employer"),
                text(getTranslation("display.ceremony.total", number(latest.total())), "total"));
        spotlight.addClassName("spotlight");
        spotlight.setId("ceremony-spotlight");
        stage.add(spotlight);
        Div earlier = new Div();
        earlier.addClassName("earlier");
        for (Row row : shown.subList(0, shown.size() - 1).reversed()) {
            earlier.add(row(null, prizeBadge(row.prize()), text(row.name(), "name"), text(row.team(), "team"),
                    text(number(row.total()), "total")));
        }
        stage.add(earlier);
        if (!ceremony.finished()) {
            stage.add(text(getTranslation("display.ceremony.remaining", ceremony.winners().size() - shown.size()),
                    "remaining"));
        }
        return stage;
    }

    private static Div table(String className, Span... headings) {
        Div table = new Div(row(HEAD, headings));
        table.addClassNames("display-table", className);
        return table;
    }

    private Span heading(String key) {
        return new Span(getTranslation(key));
    }

    private Span prizeBadge(Prize prize) {
        Span badge = text(prize == null ? "" : getTranslation("prize." + prize), "prize");
        if (prize != null) {
            badge.addClassName("prize-badge-" + prize.name().toLowerCase());
        }
        return badge;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
