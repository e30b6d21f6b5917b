package org.workerscontest.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.workerscontest.ops.SharedTokens;

import com.mongodb.client.model.Sorts;

/** The positions in the MongoDB token collection, read as the token store writes them, without claiming. */
class MongoSharedTokens implements SharedTokens {

    /** The token store's own entry (its identifier), not a processor's. */
    private static final String CONFIG_ENTRY = "__config";
    private static final long FRESH_NANOS = Duration.ofMillis(10).toNanos();

    private final MongoTemplate template;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final String nodeId;
    private Map<String, List<StoredSegment>> snapshot = Map.of();
    private long readAt = System.nanoTime() - FRESH_NANOS - 1;

    MongoSharedTokens(MongoTemplate template, Serializer serializer, Duration claimTimeout, String nodeId) {
        this.template = template;
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
        this.nodeId = nodeId;
    }

    @Override
    public List<StoredSegment> segments(String processor) {
        return stored().getOrDefault(processor, List.of());
    }

    /**
     * Every processor's segments, read at most every {@link #FRESH_NANOS}: the commands waiting for the read models
     * on a node that runs none of them all look, every few milliseconds.
     */
    private synchronized Map<String, List<StoredSegment>> stored() {
        if (System.nanoTime() - readAt > FRESH_NANOS) {
            Map<String, List<StoredSegment>> read = new HashMap<>();
            Instant lapsed = Instant.now().minus(claimTimeout);
            for (Document stored : template.trackingTokensCollection().find()
                    .sort(Sorts.ascending("processorName", "segment"))) {
                String processor = stored.getString("processorName");
                if (processor.equals(CONFIG_ENTRY)) {
                    continue;
                }
                int segment = stored.getInteger("segment");
                String owner = stored.getString("owner");
                Long claimedAt = stored.getLong("timestamp");
                boolean live = owner != null && claimedAt != null && Instant.ofEpochMilli(claimedAt).isAfter(lapsed);
                Binary token = stored.get("token", Binary.class);
                TrackingToken position = token == null ? null : new GenericTokenEntry<>(token.getData(),
                        stored.getString("tokenType"), Instant.ofEpochMilli(claimedAt == null ? 0 : claimedAt).toString(),
                        owner, processor, segment, byte[].class).getToken(serializer);
                read.computeIfAbsent(processor, name -> new ArrayList<>())
                        .add(new StoredSegment(segment, live ? owner : null, position));
            }
            snapshot = read;
            readAt = System.nanoTime();
        }
        return snapshot;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }
}
