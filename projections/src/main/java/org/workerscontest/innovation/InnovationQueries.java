package org.workerscontest.innovation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.workerscontest.innovation.InnovationResultDocument.State;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerQueries;

/** Search over innovation results and their statistics. Withdrawn results count only as withdrawn. */
@Component
public class InnovationQueries {

    /** Any field left null does not filter; text matches title, description, unit, patent number or an author's name. */
    public record Filter(String text, ResultKind kind, Grade grade, Integer year, String region, String unit) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** Results and verified benefit (yuan) of one unit, region or studio. */
    public record Amount(String key, String name, long results, BigDecimal verifiedBenefit) {
    }

    /**
     * @param adoptionRate adopted results per hundred results not withdrawn, one decimal
     * @param countsByYear year → kind → results
     */
    public record Statistics(long results, long evaluated, long adopted, long withdrawn, BigDecimal adoptionRate,
                             BigDecimal claimedBenefit, BigDecimal verifiedBenefit,
                             Map<Integer, Map<ResultKind, Long>> countsByYear, List<Amount> byUnit,
                             List<Amount> byRegion, List<Amount> topStudios) {
    }

    private final MongoTemplate mongo;
    private final WorkerQueries workers;

    public InnovationQueries(MongoTemplate mongo, WorkerQueries workers) {
        this.mongo = mongo;
        this.workers = workers;
    }

    public Optional<InnovationResultDocument> result(String resultId) {
        return Optional.ofNullable(mongo.findById(resultId, InnovationResultDocument.class));
    }

    public List<InnovationResultDocument> search(Filter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.kind() != null) {
            criteria.add(where("kind").is(filter.kind()));
        }
        if (filter.grade() != null) {
            criteria.add(where("grade").is(filter.grade()));
        }
        if (filter.year() != null) {
            criteria.add(where("year").is(filter.year()));
        }
        if (blank(filter.region())) {
            criteria.add(where("region").regex(Pattern.quote(filter.region().strip())));
        }
        if (blank(filter.unit())) {
            criteria.add(where("unit").regex(Pattern.quote(filter.unit().strip())));
        }
        if (blank(filter.text())) {
            String text = Pattern.quote(filter.text().strip());
            List<String> authors = workers.named(filter.text().strip()).stream().map(WorkerDocument::id).toList();
            criteria.add(new Criteria().orOperator(where("title").regex(text, "i"), where("description").regex(text, "i"),
                    where("unit").regex(text, "i"), where("patentNumber").regex(text, "i"), where("authorIds").in(authors)));
        }
        Query query = criteria.isEmpty() ? new Query() : query(new Criteria().andOperator(criteria));
        return mongo.find(query.with(Sort.by(Sort.Order.desc("date"), Sort.Order.asc("title"))),
                InnovationResultDocument.class);
    }

    private static boolean blank(String value) {
        return value != null && !value.isBlank();
    }

    /** Whether a result other than {@code resultId} holds the patent number. */
    public boolean patentNumberTaken(String patentNumber, String resultId) {
        return mongo.exists(query(where("patentNumber").is(patentNumber).and("_id").ne(resultId)),
                InnovationResultDocument.class);
    }

    /** Every result any of these workers is an author of, newest first. */
    public List<InnovationResultDocument> resultsOfAuthors(Collection<String> workerIds) {
        return mongo.find(query(where("authorIds").in(workerIds)).with(Sort.by(Sort.Order.desc("date"))),
                InnovationResultDocument.class);
    }

    public List<StudioDocument> studios() {
        return mongo.find(new Query().with(Sort.by(Sort.Order.desc("namedOn"))), StudioDocument.class);
    }

    public Optional<StudioDocument> studio(String studioId) {
        return Optional.ofNullable(mongo.findById(studioId, StudioDocument.class));
    }

    public List<InnovationResultDocument> resultsOfStudio(String studioId) {
        return mongo.find(query(where("studioId").is(studioId)).with(Sort.by(Sort.Order.desc("date"))),
                InnovationResultDocument.class);
    }

    public Statistics statistics(Filter filter) {
        List<InnovationResultDocument> all = search(filter);
        List<InnovationResultDocument> counted = all.stream().filter(result -> result.state() != State.WITHDRAWN)
                .toList();
        long adopted = counted.stream().filter(result -> result.state() == State.ADOPTED).count();
        long evaluated = counted.stream().filter(result -> result.grade() != null).count();
        Map<Integer, Map<ResultKind, Long>> byYear = new TreeMap<>();
        counted.forEach(result -> byYear.computeIfAbsent(result.year(), year -> new EnumMap<>(ResultKind.class))
                .merge(result.kind(), 1L, Long::sum));
        Map<String, String> studioNames = studios().stream()
                .collect(Collectors.toMap(StudioDocument::id, StudioDocument::name));
        return new Statistics(counted.size(), evaluated, adopted, all.size() - counted.size(),
                counted.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(adopted * 100)
                        .divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP),
                sum(counted, InnovationResultDocument::claimedBenefit), sum(counted, InnovationResultDocument::verifiedBenefit),
                byYear, amounts(counted, InnovationResultDocument::unit, Function.identity()),
                amounts(counted, InnovationResultDocument::region, Function.identity()),
                amounts(counted.stream().filter(result -> result.studioId() != null).toList(),
                        InnovationResultDocument::studioId, id -> studioNames.getOrDefault(id, id)));
    }

    private static BigDecimal sum(List<InnovationResultDocument> results,
                                  Function<InnovationResultDocument, BigDecimal> amount) {
        return results.stream().map(amount).filter(value -> value != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Grouped, most verified benefit first, then most results. */
    private static List<Amount> amounts(List<InnovationResultDocument> results,
                                        Function<InnovationResultDocument, String> key,
                                        Function<String, String> name) {
        Map<String, List<InnovationResultDocument>> groups = results.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .map(group -> new Amount(group.getKey(), name.apply(group.getKey()), group.getValue().size(),
                        sum(group.getValue(), InnovationResultDocument::verifiedBenefit)))
                .sorted(Comparator.comparing(Amount::verifiedBenefit).reversed()
                        .thenComparing(Comparator.comparingLong(Amount::results).reversed()))
                .toList();
    }
}
