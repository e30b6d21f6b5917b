package org.workerscontest.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** A judge's marking desk: their disciplines, the competitors, and the score sheet of the one chosen. */
@Route("judging")
@RolesAllowed({"JUDGE", "CHIEF_JUDGE"})
public class JudgeView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringQueries scoring;
    private final Commands commands;
    private final Feedback feedback;
    private final String judge;
    final ComboBox<DisciplineDocument> discipline = new ComboBox<>(getTranslation("judging.discipline"));
    final Grid<CompetitorDocument> competitors = new Grid<>();
    private final VerticalLayout sheet = new VerticalLayout();
    private final Button chiefConsole = new Button(getTranslation("judging.chiefConsole"), VaadinIcon.GAVEL.create());
    ScoreSheetForm form;

    public JudgeView(ScoringQueries scoring, ContestQueries contests, Commands commands, Feedback feedback,
                     AuthenticationContext authentication) {
        this.scoring = scoring;
        this.commands = commands;
        this.feedback = feedback;
        this.judge = authentication.getPrincipalName().orElse("");
        setSizeFull();
        add(new H2(getTranslation("judging.title")));
        List<DisciplineDocument> mine = scoring.disciplinesOf(judge);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("judging.noDisciplines")));
            return;
        }
        Map<String, String> contestNames = new HashMap<>();
        mine.forEach(item -> contestNames.computeIfAbsent(item.contestId(),
                id -> contests.contest(id).map(contest -> contest.name()).orElse(id)));
        discipline.setItems(mine);
        discipline.setItemLabelGenerator(item -> contestNames.get(item.contestId()) + " · " + item.name());
        discipline.setWidth("36em");
        discipline.setId("judging-discipline");
        discipline.addValueChangeListener(change -> showDiscipline());
        chiefConsole.setId("chief-console");
        chiefConsole.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DisciplineView.class,
                new RouteParameters(Map.of("contestId", discipline.getValue().contestId(),
                        "code", discipline.getValue().code())))));
        HorizontalLayout top = new HorizontalLayout(discipline, chiefConsole);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        competitors.addColumn(CompetitorDocument::startLabel).setHeader(getTranslation("competitor.column.start"))
                .setAutoWidth(true).setFlexGrow(0);
        competitors.addColumn(CompetitorDocument::name).setHeader(getTranslation("competitor.column.name"))
                .setAutoWidth(true);
        competitors.addColumn(CompetitorDocument::teamName).setHeader(getTranslation("competitor.column.team"))
                .setAutoWidth(true);
        competitors.addComponentColumn(this::progress).setHeader(getTranslation("competitor.column.status"))
                .setAutoWidth(true);
        competitors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        competitors.setWidth("34em");
        competitors.setId("judging-competitors");
        competitors.asSingleSelect().addValueChangeListener(change -> showSheet(change.getValue()));
        sheet.setPadding(false);
        HorizontalLayout desk = new HorizontalLayout(competitors, sheet);
        desk.setSizeFull();
        desk.expand(sheet);
        add(top, desk);
        expand(desk);
        discipline.setValue(mine.getFirst());
    }

    private Span progress(CompetitorDocument competitor) {
        if (competitor.locked()) {
            return Badges.badge(getTranslation("sheet.status.locked"), "success");
        }
        List<String> mineToMark = ScoreSheetForm.criteriaOf(discipline.getValue(), judge).stream()
                .map(criterion -> criterion.code()).toList();
        long done = mineToMark.stream().filter(code -> competitor.markOf(code, judge) != null).count();
        return Badges.badge(getTranslation("judging.progress", done, mineToMark.size()),
                done == mineToMark.size() ? "" : "contrast");
    }

    private void showDiscipline() {
        DisciplineDocument chosen = discipline.getValue();
        chiefConsole.setVisible(chosen != null && judge.equals(chosen.chiefJudge()));
        competitors.setItems(chosen == null ? List.of() : scoring.competitors(chosen.id()));
        showSheet(null);
    }

    private void showSheet(CompetitorDocument competitor) {
        sheet.removeAll();
        form = null;
        DisciplineDocument chosen = discipline.getValue();
        if (competitor == null || chosen == null || !chosen.judges().contains(judge)) {
            sheet.add(new Paragraph(getTranslation("judging.chooseCompetitor")));
            return;
        }
        // The list may be minutes old; other judges' marks and a lock since then must show.
        CompetitorDocument fresh = scoring.competitor(competitor.id()).orElse(competitor);
        form = new ScoreSheetForm(chosen, fresh, judge, commands, feedback, () -> reload(competitor.id()));
        sheet.add(form);
        form.fields.values().stream().findFirst().ifPresent(field -> field.focus());
    }

    /** After a save: the fresh sheet, and the list's progress. */
    private void reload(String competitorId) {
        DisciplineDocument chosen = discipline.getValue();
        List<CompetitorDocument> fresh = scoring.competitors(chosen.id());
        competitors.setItems(fresh);
        Optional<CompetitorDocument> current = fresh.stream().filter(item -> item.id().equals(competitorId)).findFirst();
        current.ifPresent(competitors::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.title") + " · " + getTranslation("app.shortTitle");
    }
}
