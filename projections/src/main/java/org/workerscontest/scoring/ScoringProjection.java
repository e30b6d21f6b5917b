package org.workerscontest.scoring;

import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.contest.api.ContestMessages.TeamRenamed;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.scoring.CompetitorDocument.Mark;
import org.workerscontest.shared.CommandMetadata;

/**
 * Disciplines, competitors with their sheets, and appeals. Every handler sets state (never adds to
 * it), so a redelivered event is harmless and a rebuild gives the same documents.
 */
@Component
@ProcessingGroup(ScoringProjection.PROCESSING_GROUP)
public class ScoringProjection {

    public static final String PROCESSING_GROUP = "scoring";

    private final MongoTemplate mongo;
    private final PublicChanges changes;
    private final SheetWriteBehind sheets;

    public ScoringProjection(MongoTemplate mongo, PublicChanges changes, SheetWriteBehind sheets) {
        this.mongo = mongo;
        this.changes = changes;
        this.sheets = sheets;
    }

    @EventHandler
    void on(DisciplineDefined event, @Timestamp Instant at) {
        mongo.save(new DisciplineDocument(event.disciplineId(), event.contestId(), event.code(), event.name(),
                event.theoryWeight(), event.practicalWeight(), event.criteria(), List.of(), null, null, false, at));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(PanelAssigned event) {
        updateDiscipline(event.disciplineId(), discipline -> discipline.withPanel(event.judges(), event.chiefJudge(),
                event.measurementJudges()));
    }

    @EventHandler
    void on(ResultsPublished event) {
        updateDiscipline(event.disciplineId(), discipline -> discipline.withPublished(true));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(ResultsUnpublished event) {
        updateDiscipline(event.disciplineId(), discipline -> discipline.withPublished(false));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(CompetitorRegistered event) {
        mongo.save(new CompetitorDocument(event.competitorId(), event.disciplineId(), event.contestId(),
                event.startNumber(), event.name(), event.teamId(), event.teamName(), event.employer(), null, List.of(),
                List.of(), false, null, null));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(TeamRenamed event) {
        mongo.updateMulti(Query.query(Criteria.where("contestId").is(event.contestId()).and("teamId").is(event.teamId())),
                Update.update("teamName", event.name()), CompetitorDocument.class);
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(TheoryScoreRecorded event) {
        CompetitorDocument competitor = sheets.sheet(event.competitorId());
        if (competitor != null) {
            sheets.changed(competitor.withTheory(event.score()));
        }
    }

    @EventHandler
    void on(MarkEntered event) {
        putMark(event.competitorId(), new Mark(event.criterionCode(), event.judge(), event.value(), 0));
    }

    @EventHandler
    void on(MarkRevised event) {
        CompetitorDocument competitor = sheets.sheet(event.competitorId());
        int revisions = competitor == null ? 1 : competitor.marks().stream()
                .filter(mark -> mark.criterionCode().equals(event.criterionCode()) && mark.judge().equals(event.judge()))
                .mapToInt(mark -> mark.revisions() + 1).findFirst().orElse(1);
        putMark(event.competitorId(), new Mark(event.criterionCode(), event.judge(), event.value(), revisions));
    }

    private void putMark(String competitorId, Mark newMark) {
        CompetitorDocument competitor = sheets.sheet(competitorId);
        if (competitor == null) {
            return;
        }
        List<Mark> marks = new ArrayList<>(competitor.marks());
        marks.removeIf(mark -> mark.criterionCode().equals(newMark.criterionCode()) && mark.judge().equals(newMark.judge()));
        marks.add(newMark);
        List<String> confirmed = new ArrayList<>(competitor.confirmedFlags());
        confirmed.remove(newMark.criterionCode());
        sheets.changed(competitor.withMarks(marks, confirmed));
    }

    @EventHandler
    void on(FlagConfirmed event) {
        CompetitorDocument competitor = sheets.sheet(event.competitorId());
        if (competitor != null && !competitor.confirmedFlags().contains(event.criterionCode())) {
            List<String> confirmed = new ArrayList<>(competitor.confirmedFlags());
            confirmed.add(event.criterionCode());
            sheets.changed(competitor.withMarks(competitor.marks(), confirmed));
        }
    }

    @EventHandler
    void on(SheetLocked event) {
        set(event.competitorId(), Update.update("locked", true).set("practical", event.practical())
                .set("total", event.total()).set("theory", event.theory()));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(SheetReopened event) {
        set(event.competitorId(), Update.update("locked", false).set("practical", null).set("total", null));
        changes.changed(event.contestId());
    }

    @EventHandler
    void on(AppealFiled event, EventMessage<?> message) {
        CompetitorDocument competitor = mongo.findById(event.competitorId(), CompetitorDocument.class);
        mongo.save(new AppealDocument(event.appealId(), event.disciplineId(), event.contestId(), event.competitorId(),
                competitor == null ? null : competitor.name(), event.teamId(), event.reason(),
                AppealDocument.State.OPEN, message.getTimestamp(), user(message), null, null, null));
    }

    @EventHandler
    void on(AppealUpheld event, EventMessage<?> message) {
        decide(event.appealId(), AppealDocument.State.UPHELD, event.reason(), message);
    }

    @EventHandler
    void on(AppealDismissed event, EventMessage<?> message) {
        decide(event.appealId(), AppealDocument.State.DISMISSED, event.reason(), message);
    }

    private void decide(String appealId, AppealDocument.State state, String reason, EventMessage<?> message) {
        mongo.updateFirst(byId(appealId), Update.update("state", state).set("decisionReason", reason)
                .set("decidedAt", message.getTimestamp()).set("decidedBy", user(message)), AppealDocument.class);
    }

    @ResetHandler
    void reset() {
        sheets.forget();
        mongo.dropCollection(DisciplineDocument.class);
        mongo.dropCollection(CompetitorDocument.class);
        mongo.dropCollection(AppealDocument.class);
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(CommandMetadata.USER);
        return user == null ? null : user.toString();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private void set(String competitorId, Update update) {
        mongo.updateFirst(byId(competitorId), update, CompetitorDocument.class);
    }

    private void updateDiscipline(String disciplineId, UnaryOperator<DisciplineDocument> change) {
        DisciplineDocument discipline = mongo.findById(disciplineId, DisciplineDocument.class);
        if (discipline != null) {
            mongo.save(change.apply(discipline));
        }
    }

}
