package org.workerscontest.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.worker.api.WorkerMessages.WorkerMerged;
import org.workerscontest.worker.api.WorkerMessages.WorkerRegistered;
import org.workerscontest.worker.api.WorkerMessages.WorkersDeclaredDistinct;

@Component
@ProcessingGroup(WorkerProjection.PROCESSING_GROUP)
public class WorkerProjection {

    public static final String PROCESSING_GROUP = "workers";

    private final MongoTemplate mongo;

    public WorkerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(WorkerRegistered event, @Timestamp Instant at) {
        mongo.save(new WorkerDocument(event.workerId(), event.name(), event.gender(), event.unit(), event.region(),
                event.position(), event.frontLine(), at, null));
    }

    /** Records merged into the duplicate before now lead to the survivor too: one hop to the end. */
    @EventHandler
    void on(WorkerMerged event) {
        mongo.updateMulti(query(new Criteria().orOperator(where("_id").is(event.workerId()),
                        where("mergedInto").is(event.workerId()))),
                Update.update("mergedInto", event.survivorId()), WorkerDocument.class);
    }

    @EventHandler
    void on(WorkersDeclaredDistinct event) {
        mongo.save(DistinctWorkersDocument.of(event.workerId(), event.otherWorkerId()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(WorkerDocument.class);
        mongo.dropCollection(DistinctWorkersDocument.class);
    }
}
