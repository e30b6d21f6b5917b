package org.workerscontest.scoring;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.workerscontest.command.Commands;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.scoring.api.ScoringMessages.DismissAppeal;
import org.workerscontest.scoring.api.ScoringMessages.UpholdAppeal;
import org.workerscontest.ui.Feedback;
import org.workerscontest.ui.FormDialog;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** A contest's appeals with their state; the discipline's chief judge decides open ones here. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AppealsPanel extends VerticalLayout {

    private final ScoringQueries scoring;
    private final Commands commands;
    private final Feedback feedback;
    private final String user;
    private final Grid<AppealDocument> grid = new Grid<>();
    private String contestId;
    private Map<String, DisciplineDocument> disciplines = Map.of();

    public AppealsPanel(ScoringQueries scoring, Commands commands, Feedback feedback,
                        AuthenticationContext authentication) {
        this.scoring = scoring;
        this.commands = commands;
        this.feedback = feedback;
        this.user = authentication.getPrincipalName().orElse("");
        setPadding(false);
        setSizeFull();
    }

    public AppealsPanel forContest(String id) {
        this.contestId = id;
        grid.addColumn(appeal -> Formats.time(appeal.filedAt())).setHeader(getTranslation("appeal.column.filedAt"))
                .setAutoWidth(true);
        grid.addColumn(appeal -> disciplineName(appeal.disciplineId())).setHeader(getTranslation("appeal.column.discipline"))
                .setAutoWidth(true);
        grid.addColumn(AppealDocument::competitorName).setHeader(getTranslation("appeal.column.competitor"))
                .setAutoWidth(true);
        grid.addColumn(AppealDocument::reason).setHeader(getTranslation("appeal.column.reason")).setFlexGrow(2);
        grid.addComponentColumn(appeal -> Badges.badge(getTranslation("appealState." + appeal.state()),
                switch (appeal.state()) {
                    case OPEN -> "";
                    case UPHELD -> "success";
                    case DISMISSED -> "contrast";
                })).setHeader(getTranslation("appeal.column.state")).setAutoWidth(true);
        grid.addColumn(appeal -> appeal.decisionReason() == null ? "" : appeal.decisionReason())
                .setHeader(getTranslation("appeal.column.decision")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setId("appeals");
        add(grid);
        expand(grid);
        refresh();
        return this;
    }

    private String disciplineName(String disciplineId) {
        DisciplineDocument discipline = disciplines.get(disciplineId);
        return discipline == null ? "" : discipline.name();
    }

    private HorizontalLayout actions(AppealDocument appeal) {
        HorizontalLayout actions = new HorizontalLayout();
        DisciplineDocument discipline = disciplines.get(appeal.disciplineId());
        if (appeal.state() == AppealDocument.State.OPEN && discipline != null && user.equals(discipline.chiefJudge())) {
            Button uphold = new Button(getTranslation("appeal.uphold"), click -> decide(appeal, true));
            uphold.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button dismiss = new Button(getTranslation("appeal.dismiss"), click -> decide(appeal, false));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(uphold, dismiss);
        }
        return actions;
    }

    private void decide(AppealDocument appeal, boolean uphold) {
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setMaxLength(ScoringMessages.MAX_REASON);
        reason.setWidthFull();
        new FormDialog(getTranslation("appeal.decide.title", appeal.competitorName()), reason,
                getTranslation(uphold ? "appeal.uphold" : "appeal.dismiss"), dialog -> {
            Object command = uphold ? new UpholdAppeal(appeal.disciplineId(), appeal.id(), reason.getValue())
                    : new DismissAppeal(appeal.disciplineId(), appeal.id(), reason.getValue());
            boolean done = feedback.attempt(() -> commands.send(command, null), getLocale(), dialog::showError);
            if (done) {
                Feedback.success(getTranslation("appeal.decided", appeal.competitorName()));
                refresh();
            }
            return done;
        }).open();
    }

    public void refresh() {
        disciplines = scoring.disciplines(contestId).stream()
                .collect(Collectors.toMap(DisciplineDocument::id, discipline -> discipline));
        grid.setItems(scoring.appeals(contestId));
    }
}
