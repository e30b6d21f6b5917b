package org.workerscontest.contest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.workerscontest.shared.DomainRuleViolation;

/** Reads of the contest read model. */
@Component
public class ContestQueries {

    private final MongoTemplate mongo;

    public ContestQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** All contests, latest start first, without their team lists. */
    public List<ContestDocument> contests() {
        Query query = new Query().with(Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name")));
        query.fields().exclude("teams");
        return mongo.find(query, ContestDocument.class);
    }

    public Optional<ContestDocument> contest(String contestId) {
        return Optional.ofNullable(mongo.findById(contestId, ContestDocument.class));
    }

    /** The contest, or the refusal every caller gives for an unknown one. */
    public ContestDocument existingContest(String contestId) {
        return contest(contestId).orElseThrow(() -> new DomainRuleViolation("contest.notFound"));
    }

    /** Teams of a contest in registration order; empty when the contest is unknown. */
    public List<TeamEntry> teams(String contestId) {
        return contest(contestId).map(ContestDocument::teams).orElse(List.of()).stream()
                .sorted(Comparator.comparing(TeamEntry::registeredAt)).toList();
    }
}
