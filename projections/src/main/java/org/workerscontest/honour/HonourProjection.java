package org.workerscontest.honour;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.honour.NominationDocument.Objection;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RoundState;

/** The honour catalogue, selection rounds and nominations. Handlers set state; redelivery is harmless. */
@Component
@ProcessingGroup(HonourProjection.PROCESSING_GROUP)
public class HonourProjection {

    public static final String PROCESSING_GROUP = "honours";

    private final MongoTemplate mongo;

    public HonourProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(HonourDefined event) {
        mongo.save(new HonourDocument(event.code(), event.name(), event.recipientKind(), event.levels()));
    }

    @EventHandler
    void on(RoundOpened event, @Timestamp Instant at) {
        mongo.save(new RoundDocument(event.roundId(), event.honourCode(), event.honourName(), event.recipientKind(),
                event.level(), event.year(), event.quota(), event.noticeDays(), event.minFrontLinePercent(),
                event.conferringBody(), RoundState.OPEN, null, null, null, at));
    }

    @EventHandler
    void on(Nominated event) {
        RoundDocument round = mongo.findById(event.roundId(), RoundDocument.class);
        if (round != null) {
            mongo.save(new NominationDocument(event.nominationId(), event.roundId(), round.honourCode(),
                    round.honourName(), round.level(), round.year(), event.nominee(), event.nominatedBy(),
                    event.merits(), event.attachmentTitles(), Stage.PENDING, null, List.of(), null, null));
        }
    }

    @EventHandler
    void on(NominationsClosed event) {
        round(event.roundId(), Update.update("state", RoundState.REVIEWING));
    }

    @EventHandler
    void on(Shortlisted event) {
        nomination(event.nominationId(), Update.update("stage", Stage.SHORTLISTED));
    }

    @EventHandler
    void on(NominationRejected event) {
        nomination(event.nominationId(), Update.update("stage", Stage.REJECTED).set("reason", event.reason()));
    }

    @EventHandler
    void on(PublicNoticeStarted event) {
        round(event.roundId(), Update.update("state", RoundState.PUBLIC_NOTICE).set("noticeStarts", event.startsOn())
                .set("noticeEnds", event.endsOn()));
    }

    @EventHandler
    void on(ObjectionFiled event) {
        updateObjections(event.nominationId(), event.objectionId(), new Objection(event.objectionId(), event.name(),
                event.contact(), event.text(), event.filedOn(), "OPEN", null));
    }

    @EventHandler
    void on(ObjectionUpheld event) {
        decideObjection(event.nominationId(), event.objectionId(), "UPHELD", event.reason());
    }

    @EventHandler
    void on(ObjectionDismissed event) {
        decideObjection(event.nominationId(), event.objectionId(), "DISMISSED", event.reason());
    }

    @EventHandler
    void on(NominationWithdrawn event) {
        nomination(event.nominationId(), Update.update("stage", Stage.WITHDRAWN).set("reason", event.reason()));
    }

    @EventHandler
    void on(HonoursConferred event) {
        round(event.roundId(), Update.update("state", RoundState.CONCLUDED).set("conferredOn", event.conferredOn()));
        mongo.updateMulti(query(where("_id").in(event.nominationIds())),
                Update.update("stage", Stage.CONFERRED).set("conferredOn", event.conferredOn()),
                NominationDocument.class);
    }

    @EventHandler
    void on(HonourRevoked event, @Timestamp Instant at) {
        nomination(event.nominationId(), Update.update("stage", Stage.REVOKED).set("reason", event.reason())
                .set("revokedAt", at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HonourDocument.class);
        mongo.dropCollection(RoundDocument.class);
        mongo.dropCollection(NominationDocument.class);
    }

    private void decideObjection(String nominationId, String objectionId, String state, String reason) {
        NominationDocument nomination = mongo.findById(nominationId, NominationDocument.class);
        if (nomination != null) {
            nomination.objections().stream().filter(objection -> objection.id().equals(objectionId)).findFirst()
                    .ifPresent(objection -> updateObjections(nominationId, objectionId, new Objection(objection.id(),
                            objection.name(), objection.contact(), objection.text(), objection.filedOn(), state, reason)));
        }
    }

    private void updateObjections(String nominationId, String objectionId, Objection replacement) {
        NominationDocument nomination = mongo.findById(nominationId, NominationDocument.class);
        if (nomination != null) {
            List<Objection> objections = new ArrayList<>(nomination.objections());
            objections.removeIf(objection -> objection.id().equals(objectionId));
            objections.add(replacement);
            nomination(nominationId, Update.update("objections", objections));
        }
    }

    private void round(String roundId, Update update) {
        mongo.updateFirst(query(where("_id").is(roundId)), update, RoundDocument.class);
    }

    private void nomination(String nominationId, Update update) {
        mongo.updateFirst(query(where("_id").is(nominationId)), update, NominationDocument.class);
    }
}
