package org.workerscontest.publicview;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class PublicFeedQueries {

    private final MongoTemplate mongo;

    public PublicFeedQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Entries after the given id, oldest first. */
    public List<PublicFeedEntry> after(long id, int limit) {
        return mongo.find(query(where("_id").gt(id)).with(Sort.by("_id")).limit(limit), PublicFeedEntry.class);
    }

    /**
     * Entries after {@code id} up to {@code through}, oldest first: the position every feed processor has handled
     * every event up to, so that no entry with a lower id can still be written after these are read.
     */
    public List<PublicFeedEntry> between(long id, long through, int limit) {
        return mongo.find(query(where("_id").gt(id).lte(through)).with(Sort.by("_id")).limit(limit),
                PublicFeedEntry.class);
    }
}
