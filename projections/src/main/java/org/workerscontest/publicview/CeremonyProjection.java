package org.workerscontest.publicview;

import static org.workerscontest.contest.api.ContestMessages.*;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.contest.ContestProjection;

/**
 * The award ceremonies in progress, from the contest's events: every node and every restart shows the same
 * step. Each step tells the contest's open screens.
 */
@Component
@ProcessingGroup(ContestProjection.PROCESSING_GROUP)
public class CeremonyProjection {

    private final MongoTemplate mongo;
    private final PublicChanges changes;

    public CeremonyProjection(MongoTemplate mongo, PublicChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    @EventHandler
    void on(CeremonyStarted event) {
        save(new CeremonyDocument(event.contestId(), event.disciplineCode(), event.disciplineName(), event.winners(), 0));
    }

    @EventHandler
    void on(WinnerRevealed event) {
        ceremony(event.contestId()).ifPresent(ceremony -> save(ceremony.withRevealed(event.revealed())));
    }

    @EventHandler
    void on(WinnerHidden event) {
        ceremony(event.contestId()).ifPresent(ceremony -> save(ceremony.withRevealed(event.revealed())));
    }

    @EventHandler
    void on(CeremonyEnded event) {
        ceremony(event.contestId()).ifPresent(ceremony -> {
            mongo.remove(ceremony);
            changes.changed(event.contestId());
        });
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CeremonyDocument.class);
    }

    public Optional<CeremonyDocument> ceremony(String contestId) {
        return Optional.ofNullable(mongo.findById(contestId, CeremonyDocument.class));
    }

    private void save(CeremonyDocument ceremony) {
        mongo.save(ceremony);
        changes.changed(ceremony.contestId());
    }
}
