package org.workerscontest.innovation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.innovation.InnovationResultDocument.Evaluation;
import org.workerscontest.innovation.InnovationResultDocument.State;
import org.workerscontest.shared.CommandMetadata;

/**
 * Innovation results and studios. Handlers set state; an evaluation is kept once per event (by its time
 * and author), so a redelivered event adds nothing.
 */
@Component
@ProcessingGroup(InnovationProjection.PROCESSING_GROUP)
public class InnovationProjection {

    public static final String PROCESSING_GROUP = "innovation";

    private final MongoTemplate mongo;

    public InnovationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ResultRecorded event, @Timestamp Instant at) {
        ResultDetails details = event.details();
        mongo.save(new InnovationResultDocument(event.resultId(), details.title(), details.kind(),
                details.patentNumber(), details.authorIds(), details.unit(), details.region(), details.date(),
                details.date().getYear(), details.description(), details.claimedBenefit(), details.studioId(),
                State.RECORDED, null, List.of(), null, null, null, null, at));
    }

    @EventHandler
    void on(ResultEdited event) {
        ResultDetails details = event.details();
        set(event.resultId(), Update.update("title", details.title()).set("kind", details.kind())
                .set("patentNumber", details.patentNumber()).set("authorIds", details.authorIds())
                .set("unit", details.unit()).set("region", details.region()).set("date", details.date())
                .set("year", details.date().getYear()).set("description", details.description())
                .set("claimedBenefit", details.claimedBenefit()).set("studioId", details.studioId()));
    }

    @EventHandler
    void on(ResultEvaluated event, EventMessage<?> message) {
        InnovationResultDocument result = mongo.findById(event.resultId(), InnovationResultDocument.class);
        if (result == null) {
            return;
        }
        Evaluation evaluation = new Evaluation(event.grade(), event.comments(), message.getTimestamp(), user(message));
        List<Evaluation> evaluations = new ArrayList<>(result.evaluations());
        if (!evaluations.contains(evaluation)) {
            evaluations.add(evaluation);
        }
        set(event.resultId(), Update.update("state", State.EVALUATED).set("grade", event.grade())
                .set("evaluations", evaluations));
    }

    @EventHandler
    void on(ResultAdopted event, @Timestamp Instant at) {
        set(event.resultId(), Update.update("state", State.ADOPTED).set("verifiedBenefit", event.verifiedBenefit())
                .set("adoptionComments", event.comments()).set("adoptedAt", at));
    }

    @EventHandler
    void on(ResultWithdrawn event) {
        set(event.resultId(), Update.update("state", State.WITHDRAWN).set("withdrawReason", event.reason()));
    }

    @EventHandler
    void on(StudioNamed event) {
        mongo.save(new StudioDocument(event.studioId(), event.name(), event.level(), event.leaderId(), event.unit(),
                event.memberIds(), event.namedOn()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(InnovationResultDocument.class);
        mongo.dropCollection(StudioDocument.class);
    }

    private void set(String resultId, Update update) {
        mongo.updateFirst(query(where("_id").is(resultId)), update, InnovationResultDocument.class);
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(CommandMetadata.USER);
        return user == null ? null : user.toString();
    }
}
