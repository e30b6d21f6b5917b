package org.workerscontest.publicview;

import static org.workerscontest.contest.api.ContestMessages.*;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workerscontest.command.Commands;
import org.workerscontest.publicview.PublicResults.Row;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.ScoringMessages;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * Award ceremonies, one per contest: which discipline, and how many prize winners the organizer has revealed so
 * far. Each step is a command on the contest and an event, so every screen on every node shows the same step,
 * a restart changes nothing, and the audit log says who revealed what and when.
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

        static Ceremony of(CeremonyDocument document) {
            return new Ceremony(document.contestId(), document.disciplineCode(), document.disciplineName(),
                    document.winners().stream().map(winner -> new Row(winner.rank(), winner.startNumber(),
                            winner.name(), winner.team(), winner.employer(), winner.theory(), winner.practical(),
                            winner.total(), winner.prize())).toList(), document.revealed());
        }
    }

    private final ScoringQueries scoring;
    private final PublicResults results;
    private final CeremonyProjection ceremonies;
    private final Commands commands;

    public Ceremonies(ScoringQueries scoring, PublicResults results, CeremonyProjection ceremonies, Commands commands) {
        this.scoring = scoring;
        this.results = results;
        this.ceremonies = ceremonies;
        this.commands = commands;
    }

    /** Starts (or restarts) the ceremony of a published discipline, nothing revealed yet. */
    public Ceremony start(String contestId, String disciplineCode) {
        DisciplineDocument discipline = scoring.discipline(ScoringMessages.disciplineId(contestId, disciplineCode))
                .orElseThrow(() -> new DomainRuleViolation("error.discipline.unknown", disciplineCode));
        if (!discipline.published()) {
            throw new DomainRuleViolation("error.ceremony.notPublished", discipline.name());
        }
        List<CeremonyWinner> winners = results.rows(discipline).stream().filter(row -> row.prize() != null)
                .map(row -> new CeremonyWinner(row.rank(), row.startNumber(), row.name(), row.team(), row.employer(),
                        row.theory(), row.practical(), row.total(), row.prize())).toList().reversed();
        commands.send(new StartCeremony(contestId, discipline.code(), discipline.name(), winners), null);
        return current(contestId).orElseThrow();
    }

    /** Reveals the next prize winner. */
    public Ceremony next(String contestId) {
        commands.send(new RevealNextWinner(contestId), null);
        return current(contestId).orElseThrow();
    }

    public Ceremony back(String contestId) {
        commands.send(new HideLastWinner(contestId), null);
        return current(contestId).orElseThrow();
    }

    public void end(String contestId) {
        commands.send(new EndCeremony(contestId), null);
    }

    /** The contest's ceremony, unless its discipline's results were withdrawn in the meantime. */
    public Optional<Ceremony> current(String contestId) {
        return ceremonies.ceremony(contestId)
                .filter(ceremony -> scoring.discipline(ScoringMessages.disciplineId(contestId, ceremony.disciplineCode()))
                        .map(DisciplineDocument::published).orElse(false))
                .map(Ceremony::of);
    }
}
