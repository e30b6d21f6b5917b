package org.workerscontest.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.ops.SharedTokens;
import org.workerscontest.scoring.SheetWriteBehind;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Rebuilds across nodes, through a collection of the shared read store: the rebuilding node records a request
 * per processor; every other node stops the processor while the request is open, and starts it again once the
 * request is done, or after {@link #ABANDONED} should the rebuilding node have died on the way.
 */
class RebuildHandover implements SharedTokens.RebuildRequests, DisposableBean {

    static final String COLLECTION = "projection_rebuilds";
    static final Duration ABANDONED = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(RebuildHandover.class);

    private final MongoTemplate mongo;
    private final SheetWriteBehind sheets;
    private final String nodeId;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("rebuild-handover").factory());
    /** Processors stopped here for another node's rebuild, with the request they were stopped for. */
    private final Map<String, String> stoppedFor = new HashMap<>();

    RebuildHandover(MongoTemplate mongo, SheetWriteBehind sheets, String nodeId) {
        this.mongo = mongo;
        this.sheets = sheets;
        this.nodeId = nodeId;
    }

    private MongoCollection<Document> requests() {
        return mongo.getCollection(COLLECTION);
    }

    @Override
    public void askOthersToStop(Collection<String> processors) {
        String request = UUID.randomUUID().toString();
        for (String processor : processors) {
            requests().updateOne(eq("_id", processor), Updates.combine(Updates.set("request", request),
                    Updates.set("node", nodeId), Updates.set("requestedAt", System.currentTimeMillis()),
                    Updates.set("done", false)), new UpdateOptions().upsert(true));
        }
    }

    @Override
    public void othersMayResume(Collection<String> processors) {
        requests().updateMany(and(in("_id", processors), eq("node", nodeId)), Updates.set("done", true));
    }

    /** Follows the other nodes' requests once the processors exist. */
    @EventListener(ApplicationReadyEvent.class)
    void follow(ApplicationReadyEvent ready) {
        ProjectionAdmin projections = ready.getApplicationContext().getBean(ProjectionAdmin.class);
        poller.scheduleWithFixedDelay(() -> {
            try {
                followOnce(projections);
            } catch (RuntimeException e) {
                log.warn("Could not read the other nodes' rebuild requests", e);
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void followOnce(ProjectionAdmin projections) {
        Map<String, String> open = new HashMap<>();
        long abandonedBefore = System.currentTimeMillis() - ABANDONED.toMillis();
        for (Document request : requests().find(ne("node", nodeId))) {
            Long requestedAt = request.getLong("requestedAt");
            if (!request.getBoolean("done", false) && requestedAt != null && requestedAt > abandonedBefore) {
                open.put(request.getString("_id"), request.getString("request"));
            }
        }
        open.forEach((processor, request) -> {
            if (!request.equals(stoppedFor.get(processor))) {
                log.info("Stopping projection '{}' here while another node rebuilds it", processor);
                projections.stopHere(processor);
                // The rebuilding node writes the sheets now; this node may take the processor back soon after.
                sheets.forget();
                stoppedFor.put(processor, request);
            }
        });
        stoppedFor.keySet().removeIf(processor -> {
            if (open.containsKey(processor)) {
                return false;
            }
            projections.resume(processor);
            return true;
        });
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
