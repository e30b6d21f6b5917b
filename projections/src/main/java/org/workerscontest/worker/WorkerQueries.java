package org.workerscontest.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public List<WorkerDocument> workers() {
        return mongo.find(query(where("_id").exists(true)).with(Sort.by("unit", "name")), WorkerDocument.class);
    }

    /** Workers whose name contains the text (Chinese names: a plain substring, no case). */
    public List<WorkerDocument> named(String text) {
        return mongo.find(query(where("name").regex(Pattern.quote(text))), WorkerDocument.class);
    }

    public Map<String, WorkerDocument> byIds(Collection<String> workerIds) {
        return mongo.find(query(where("_id").in(workerIds)), WorkerDocument.class).stream()
                .collect(Collectors.toMap(WorkerDocument::id, Function.identity()));
    }
}
