package org.workerscontest.publicview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.workerscontest.publicview.PublicResults.Row;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * Award ceremonies in progress, one per contest: which discipline, and how many prize winners the
 * organizer has revealed so far. Presentation state only, so it lives in memory (a restart ends the
 * ceremony; the results themselves are safe in the event store).
 */
@Component
public class Ceremonies {

    /** @param winners in the order they are revealed: from the last prize winner up to the first */
    public record Ceremony(String contestId, String disciplineCode, String disciplineName, List<Row> winners,
                           int revealed) {

        public List<Row> shown() {
            return winners.subList(0, revealed);
        }

        public boolean finished() {
            return revealed == winners.size();
        }

        Ceremony withRevealed(int count) {
            return new Ceremony(contestId, disciplineCode, disciplineName, winners, count);
        }
    }

    private final Map<String, Ceremony> byContest = new ConcurrentHashMap<>();
    private final ScoringQueries scoring;
    private final PublicResults results;
    private final PublicChanges changes;

    public Ceremonies(ScoringQueries scoring, PublicResults results, PublicChanges changes) {
        this.scoring = scoring;
        this.results = results;
        this.changes = changes;
    }

    /** Starts (or restarts) the ceremony of a published discipline, nothing revealed yet. */
    public Ceremony start(String contestId, String disciplineCode) {
        DisciplineDocument discipline = scoring.discipline(ScoringMessages.disciplineId(contestId, disciplineCode))
                .orElseThrow(() -> new DomainRuleViolation("error.discipline.unknown", disciplineCode));
        if (!discipline.published()) {
            throw new DomainRuleViolation("error.ceremony.notPublished", discipline.name());
        }
        List<Row> winners = new ArrayList<>(results.rows(discipline).stream().filter(row -> row.prize() != null).toList());
        if (winners.isEmpty()) {
            throw new DomainRuleViolation("error.ceremony.noWinners", discipline.name());
        }
        Ceremony ceremony = new Ceremony(contestId, discipline.code(), discipline.name(), winners.reversed(), 0);
        byContest.put(contestId, ceremony);
        changes.changed(contestId);
        return ceremony;
    }

    /** Reveals the next prize winner. */
    public Ceremony next(String contestId) {
        return step(contestId, +1);
    }

    public Ceremony back(String contestId) {
        return step(contestId, -1);
    }

    private Ceremony step(String contestId, int by) {
        Ceremony ceremony = byContest.computeIfPresent(contestId, (key, current) -> current.withRevealed(
                Math.clamp(current.revealed() + by, 0, current.winners().size())));
        if (ceremony == null) {
            throw new DomainRuleViolation("error.ceremony.none");
        }
        changes.changed(contestId);
        return ceremony;
    }

    public void end(String contestId) {
        if (byContest.remove(contestId) != null) {
            changes.changed(contestId);
        }
    }

    /** The contest's ceremony, unless its discipline's results were withdrawn in the meantime. */
    public Optional<Ceremony> current(String contestId) {
        Ceremony ceremony = byContest.get(contestId);
        if (ceremony != null && !scoring.discipline(ScoringMessages.disciplineId(contestId, ceremony.disciplineCode()))
                .map(DisciplineDocument::published).orElse(false)) {
            byContest.remove(contestId, ceremony);
            return Optional.empty();
        }
        return Optional.ofNullable(ceremony);
    }
}
