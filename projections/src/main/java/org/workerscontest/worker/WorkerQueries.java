package org.workerscontest.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class WorkerQueries {

    private final MongoTemplate mongo;

    public WorkerQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<WorkerDocument> worker(String workerId) {
        return Optional.ofNullable(mongo.findById(workerId, WorkerDocument.class));
    }

    /** Listed records: a record merged into another is not offered any more. */
    public List<WorkerDocument> workers() {
        return mongo.find(query(where("mergedInto").is(null)).with(Sort.by("unit", "name")), WorkerDocument.class);
    }

    /** Listed workers whose name contains the text (Chinese names: a plain substring, no case). */
    public List<WorkerDocument> named(String text) {
        return mongo.find(query(where("name").regex(Pattern.quote(text)).and("mergedInto").is(null)),
                WorkerDocument.class);
    }

    /** The records merged into a listed one, oldest first. */
    public List<WorkerDocument> mergedInto(String workerId) {
        return mongo.find(query(where("mergedInto").is(workerId)).with(Sort.by("registeredAt")), WorkerDocument.class);
    }

    /** Two listed records that may be one person. */
    public record PossibleDuplicate(WorkerDocument first, WorkerDocument second) {
    }

    /**
     * Listed records with the same name and gender, in pairs, but for pairs an organizer declared
     * distinct. Same unit or region is likelier one person, so such pairs come first.
     */
    public List<PossibleDuplicate> possibleDuplicates() {
        Set<String> distinct = mongo.findAll(DistinctWorkersDocument.class).stream().map(DistinctWorkersDocument::key)
                .collect(Collectors.toSet());
        Map<String, List<WorkerDocument>> byName = workers().stream().sorted(Comparator.comparing(WorkerDocument::id))
                .collect(Collectors.groupingBy(worker -> worker.name() + "|" + worker.gender()));
        List<PossibleDuplicate> pairs = new ArrayList<>();
        for (List<WorkerDocument> namesakes : byName.values()) {
            for (int i = 0; i < namesakes.size(); i++) {
                for (int j = i + 1; j < namesakes.size(); j++) {
                    WorkerDocument first = namesakes.get(i);
                    WorkerDocument second = namesakes.get(j);
                    if (!distinct.contains(DistinctWorkersDocument.of(first.id(), second.id()).key())) {
                        pairs.add(new PossibleDuplicate(first, second));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing((PossibleDuplicate pair) -> !pair.first().unit().equals(pair.second().unit()))
                .thenComparing(pair -> !pair.first().region().equals(pair.second().region()))
                .thenComparing(pair -> pair.first().name()));
        return pairs;
    }

    public Map<String, WorkerDocument> byIds(Collection<String> workerIds) {
        return mongo.find(query(where("_id").in(workerIds)), WorkerDocument.class).stream()
                .collect(Collectors.toMap(WorkerDocument::id, Function.identity()));
    }
}
