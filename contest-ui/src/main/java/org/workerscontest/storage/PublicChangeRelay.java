package org.workerscontest.storage;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.workerscontest.publicview.PublicChanges;

import com.mongodb.client.MongoCollection;

/**
 * Open screens on every node follow the projections, which run on one: each notice of this node's projections
 * is written to a collection of the shared read store, and the notices other nodes wrote are read from it a few
 * times a second and told to this node's screens and feed streams.
 */
class PublicChangeRelay implements DisposableBean {

    static final String COLLECTION = "public_changes";
    static final long POLL_MILLIS = 300;
    /** Notices are read back this far, so one written by a node whose clock is a little behind is not missed. */
    private static final Duration LOOK_BACK = Duration.ofSeconds(5);
    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(PublicChangeRelay.class);

    private final MongoTemplate mongo;
    private final PublicChanges changes;
    private final String nodeId;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("public-change-relay").factory());
    /** The notices already told here, by id, with when they were written. */
    private final Map<ObjectId, Long> told = new ConcurrentHashMap<>();

    PublicChangeRelay(MongoTemplate mongo, PublicChanges changes, String nodeId) {
        this.mongo = mongo;
        this.changes = changes;
        this.nodeId = nodeId;
        changes.relayTo(this::publish);
        poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::forgetOld, KEPT.toSeconds(), KEPT.toSeconds(), TimeUnit.SECONDS);
    }

    private MongoCollection<Document> notices() {
        return mongo.getCollection(COLLECTION);
    }

    private void publish(String subject) {
        try {
            notices().insertOne(new Document("node", nodeId).append("subject", subject)
                    .append("at", System.currentTimeMillis()));
        } catch (RuntimeException e) {
            // The screens here were told; those of other nodes catch up at their next poll of the page.
            log.warn("Could not tell the other nodes that {} changed", subject, e);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Could not read the other nodes' change notices", e);
        }
    }

    void poll() {
        long since = System.currentTimeMillis() - LOOK_BACK.toMillis();
        for (Document notice : notices().find(and(ne("node", nodeId), gte("at", since)))) {
            if (told.putIfAbsent(notice.getObjectId("_id"), notice.getLong("at")) == null) {
                changes.changedOnAnotherNode(notice.getString("subject"));
            }
        }
        told.values().removeIf(at -> at < since - LOOK_BACK.toMillis());
    }

    private void forgetOld() {
        try {
            notices().deleteMany(and(eq("node", nodeId), lt("at", System.currentTimeMillis() - KEPT.toMillis())));
        } catch (RuntimeException e) {
            log.warn("Could not remove this node's old change notices", e);
        }
    }

    @Override
    public void destroy() {
        changes.relayTo(subject -> { });
        poller.shutdownNow();
    }
}
