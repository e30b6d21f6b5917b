package org.workerscontest.publicview;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.publicview.PublicFeedEntry.Type;

/**
 * Appends to the open feed. Two processors write to it (scoring and honours), so the next id is taken
 * under one lock; {@code eventId} keeps a redelivered event from making a second entry.
 */
@Component
public class PublicFeedWriter {

    private final MongoTemplate mongo;
    private final PublicChanges changes;

    public PublicFeedWriter(MongoTemplate mongo, PublicChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    /** @param subjectId the contest, or for honours the selection round, the entry is about */
    public synchronized void append(EventMessage<?> message, Type type, String contestId, String subjectId,
                                    Map<String, Object> data) {
        if (mongo.exists(query(where("eventId").is(message.getIdentifier())), PublicFeedEntry.class)) {
            return;
        }
        PublicFeedEntry last = mongo.findOne(query(where("_id").exists(true)).with(Sort.by(Sort.Order.desc("_id")))
                .limit(1), PublicFeedEntry.class);
        mongo.insert(new PublicFeedEntry(last == null ? 1 : last.id() + 1, message.getIdentifier(), type,
                message.getTimestamp(), contestId, data));
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
