package org.workerscontest.honour;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;

@Component
public class HonourQueries {

    private final MongoTemplate mongo;

    public HonourQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<HonourDocument> honours() {
        return mongo.find(new Query().with(Sort.by("code")), HonourDocument.class);
    }

    public Optional<HonourDocument> honour(String code) {
        return Optional.ofNullable(mongo.findById(code, HonourDocument.class));
    }

    public List<RoundDocument> rounds() {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("openedAt"))),
                RoundDocument.class);
    }

    public Optional<RoundDocument> round(String roundId) {
        return Optional.ofNullable(mongo.findById(roundId, RoundDocument.class));
    }

    /** The round of an honour at a level and year that takes nominations now, if any. */
    public Optional<RoundDocument> openRound(String honourCode, ContestLevel level, int year) {
        return Optional.ofNullable(mongo.findOne(query(where("honourCode").is(honourCode).and("level").is(level)
                .and("year").is(year).and("state").is(RoundState.OPEN)), RoundDocument.class));
    }

    public List<NominationDocument> nominations(String roundId) {
        return mongo.find(query(where("roundId").is(roundId)).with(Sort.by("nominee.name")), NominationDocument.class);
    }

    public Optional<NominationDocument> nomination(String nominationId) {
        return Optional.ofNullable(mongo.findById(nominationId, NominationDocument.class));
    }

    /** Conferred and not revoked, newest year first; any filter left null does not filter. */
    public List<NominationDocument> honourRoll(Integer year, ContestLevel level, String honourCode) {
        List<Criteria> criteria = new ArrayList<>(List.of(where("stage").is(Stage.CONFERRED)));
        if (year != null) {
            criteria.add(where("year").is(year));
        }
        if (level != null) {
            criteria.add(where("level").is(level));
        }
        if (honourCode != null) {
            criteria.add(where("honourCode").is(honourCode));
        }
        return mongo.find(query(new Criteria().andOperator(criteria)).with(Sort.by(Sort.Order.desc("year"),
                Sort.Order.asc("honourCode"), Sort.Order.asc("nominee.name"))), NominationDocument.class);
    }

    /** First prizes still to nominate: one nominated by hand since (same id as an automatic one) drops off. */
    /**
     * Honours conferred (and revoked) on persons with these worker records, or nominated by one of
     * these names without a record: the caller matches those by employer.
     */
    public List<NominationDocument> honoursOf(Collection<String> workerIds, Collection<String> names) {
        return mongo.find(query(where("stage").in(Stage.CONFERRED, Stage.REVOKED).orOperator(
                where("nominee.workerId").in(workerIds),
                where("nominee.workerId").is(null).and("nominee.name").in(names)))
                .with(Sort.by(Sort.Order.desc("year"))), NominationDocument.class);
    }

    public List<PendingNominationDocument> pendingNominations() {
        List<PendingNominationDocument> pending = mongo.find(new Query().with(Sort.by(Sort.Order.desc("at"))),
                PendingNominationDocument.class);
        Set<String> nominated = mongo.find(query(where("_id").in(pending.stream()
                .map(entry -> automaticNominationId(entry.id())).toList())), NominationDocument.class)
                .stream().map(NominationDocument::id).collect(Collectors.toSet());
        return pending.stream().filter(entry -> !nominated.contains(automaticNominationId(entry.id()))).toList();
    }

    /** A first prize's nomination id, the same whether the system or an organizer makes it: one per round. */
    public static String automaticNominationId(String competitorId) {
        return "auto-" + competitorId;
    }

    /** Rounds taking nominations of the given kind, e.g. where a pending first prize may go. */
    public List<RoundDocument> openRounds(RecipientKind kind) {
        return mongo.find(query(where("state").is(RoundState.OPEN).and("recipientKind").is(kind))
                .with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("honourCode"))), RoundDocument.class);
    }
}
