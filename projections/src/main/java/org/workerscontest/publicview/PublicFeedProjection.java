package org.workerscontest.publicview;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.publicview.PublicFeedEntry.Type;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.ScoringMessages.ResultsPublished;
import org.workerscontest.scoring.api.ScoringMessages.ResultsUnpublished;

/**
 * Writes the open results feed. It shares the scoring processor, so a publication's entry carries the
 * locked sheets the events before it made, and a rebuild of scoring rebuilds the feed in the same order.
 */
@Component
@ProcessingGroup(ScoringProjection.PROCESSING_GROUP)
public class PublicFeedProjection {

    static final List<Type> TYPES = List.of(Type.DISCIPLINE_PUBLISHED, Type.RESULTS_CHANGED, Type.RESULTS_WITHDRAWN);

    private final PublicFeedWriter feed;
    private final ScoringQueries scoring;
    private final ContestQueries contests;
    private final PublicResults results;

    public PublicFeedProjection(PublicFeedWriter feed, ScoringQueries scoring, ContestQueries contests,
                                PublicResults results) {
        this.feed = feed;
        this.scoring = scoring;
        this.contests = contests;
        this.results = results;
    }

    @EventHandler
    void on(ResultsPublished event, EventMessage<?> message) {
        scoring.discipline(event.disciplineId()).ifPresent(discipline -> {
            boolean publishedBefore = feed.exists(discipline.contestId(), discipline.code(), Type.DISCIPLINE_PUBLISHED);
            Map<String, Object> data = about(discipline);
            data.put("rows", results.rows(discipline).stream().map(PublicFeedProjection::row).toList());
            append(message, publishedBefore ? Type.RESULTS_CHANGED : Type.DISCIPLINE_PUBLISHED, discipline, data);
        });
    }

    @EventHandler
    void on(ResultsUnpublished event, EventMessage<?> message) {
        scoring.discipline(event.disciplineId())
                .ifPresent(discipline -> append(message, Type.RESULTS_WITHDRAWN, discipline, about(discipline)));
    }

    @ResetHandler
    void reset() {
        feed.removeAll(TYPES);
    }

    private Map<String, Object> about(DisciplineDocument discipline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contestName", contests.contest(discipline.contestId()).map(contest -> contest.name()).orElse(null));
        data.put("disciplineCode", discipline.code());
        data.put("disciplineName", discipline.name());
        return data;
    }

    private void append(EventMessage<?> message, Type type, DisciplineDocument discipline, Map<String, Object> data) {
        feed.append(message, type, discipline.contestId(), discipline.contestId(), data);
    }

    /** Plain JSON-able values: the feed serves the stored data as it is. */
    private static Map<String, Object> row(PublicResults.Row row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rank", row.rank());
        fields.put("startNumber", row.startNumber());
        fields.put("name", row.name());
        fields.put("team", row.team());
        fields.put("employer", row.employer());
        fields.put("theory", number(row.theory()));
        fields.put("practical", number(row.practical()));
        fields.put("total", number(row.total()));
        fields.put("prize", row.prize() == null ? null : row.prize().name());
        return fields;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
