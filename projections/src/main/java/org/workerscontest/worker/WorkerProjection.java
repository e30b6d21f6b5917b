package org.workerscontest.worker;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.worker.api.WorkerMessages.WorkerRegistered;

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
                event.position(), event.frontLine(), at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(WorkerDocument.class);
    }
}
