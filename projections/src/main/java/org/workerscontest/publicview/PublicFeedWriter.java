package org.workerscontest.publicview;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.publicview.PublicFeedEntry.Type;

/**
 * Appends to the open feed. An entry's id is its event's position in the event store, so the same events give
 * the same ids after a restart or a rebuild, whichever processor writes them and in whatever order; a
 * redelivered event makes no second entry.
 */
@Component
public class PublicFeedWriter {

    private final MongoTemplate mongo;
    private final PublicChanges changes;

    public PublicFeedWriter(MongoTemplate mongo, PublicChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    /**
     * @param message   a tracked event: its position is the entry's id
     * @param subjectId the contest, or for honours the selection round, the entry is about
     */
    public void append(EventMessage<?> message, Type type, String contestId, String subjectId,
                       Map<String, Object> data) {
        if (!(message instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken().position().isEmpty()) {
            throw new IllegalArgumentException("Feed entries come from tracked events, not " + message);
        }
        long id = tracked.trackingToken().position().getAsLong();
        // One entry per event: the entry is there already when the event is redelivered.
        if (mongo.exists(query(where("_id").is(id)), PublicFeedEntry.class)) {
            return;
        }
        mongo.insert(new PublicFeedEntry(id, message.getIdentifier(), type, message.getTimestamp(), contestId, data));
        changes.changed(subjectId);
    }

    /** A processor's reset removes its own entries only: the other processor's stay. */
    public void removeAll(Collection<Type> types) {
        mongo.remove(query(where("type").in(types)), PublicFeedEntry.class);
    }

    public boolean exists(String contestId, String disciplineCode, Type type) {
        return mongo.exists(query(where("contestId").is(contestId).and("data.disciplineCode").is(disciplineCode)
                .and("type").is(type)), PublicFeedEntry.class);
    }
}
