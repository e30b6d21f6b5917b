package org.workerscontest.audit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class AuditQueries {

    /** Blank parts of a filter match everything. */
    public record AuditFilter(String contestId, String user, String type) {
        public static final AuditFilter ALL = new AuditFilter(null, null, null);
    }

    private final MongoTemplate mongo;

    public AuditQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Newest first. */
    public List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
        Query query = query(filter).with(Sort.by(Sort.Order.desc("position"), Sort.Order.desc("at")))
                .skip(offset).limit(limit);
        return mongo.find(query, AuditEntry.class);
    }

    /** A competitor's score sheet history: every event about them, oldest first. */
    public List<AuditEntry> competitorHistory(String competitorId) {
        return mongo.find(Query.query(Criteria.where("details.competitorId").is(competitorId))
                .with(Sort.by("position")), AuditEntry.class);
    }

    public long count(AuditFilter filter) {
        return mongo.count(query(filter), AuditEntry.class);
    }

    private static Query query(AuditFilter filter) {
        Criteria criteria = new Criteria();
        if (present(filter.contestId())) {
            criteria = criteria.and("contestId").is(filter.contestId());
        }
        if (present(filter.user())) {
            criteria = criteria.and("user").is(filter.user().strip());
        }
        if (present(filter.type())) {
            criteria = criteria.and("type").is(filter.type());
        }
        return Query.query(criteria);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
