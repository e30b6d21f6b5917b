package org.workerscontest.publicview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.ScoringQueries.TeamStandingRow;
import org.workerscontest.scoring.api.Prize;

/**
 * What the public may see of a contest (DOMAIN.md rule 9): results of published disciplines, and of the
 * others only how many sheets are locked. People appear by name, team and employer, nothing more.
 */
@Component
public class PublicResults {

    public record Row(int rank, int startNumber, String name, String team, String employer, BigDecimal theory,
                      BigDecimal practical, BigDecimal total, Prize prize) {
    }

    /** Rows only when published; otherwise the progress alone. */
    public record Discipline(String code, String name, boolean published, int competitors, int locked,
                             List<Row> rows) {
    }

    public record Contest(String id, String name, ContestLevel level, String organizer, LocalDate startDate,
                          LocalDate endDate, List<Discipline> disciplines, List<TeamStandingRow> standings) {

        public List<Discipline> published() {
            return disciplines.stream().filter(Discipline::published).toList();
        }

        public List<Discipline> inProgress() {
            return disciplines.stream().filter(discipline -> !discipline.published()).toList();
        }
    }

    private final ContestQueries contests;
    private final ScoringQueries scoring;

    public PublicResults(ContestQueries contests, ScoringQueries scoring) {
        this.contests = contests;
        this.scoring = scoring;
    }

    public Optional<Contest> of(String contestId) {
        return contests.contest(contestId).map(this::of);
    }

    private Contest of(ContestDocument contest) {
        Map<String, long[]> progress = scoring.progress(contest.id());
        List<Discipline> disciplines = scoring.disciplines(contest.id()).stream().map(discipline -> {
            long[] counts = progress.getOrDefault(discipline.id(), new long[] {0, 0});
            return new Discipline(discipline.code(), discipline.name(), discipline.published(), (int) counts[0],
                    (int) counts[1], discipline.published() ? rows(discipline) : List.of());
        }).toList();
        return new Contest(contest.id(), contest.name(), contest.level(), contest.organizer(), contest.startDate(),
                contest.endDate(), disciplines, scoring.standings(contest.id(), contest.activeTeamNames()));
    }

    /** The ranking of a discipline as published; callers check that it is. */
    public List<Row> rows(DisciplineDocument discipline) {
        return scoring.results(discipline.id()).rows().stream().map(PublicResults::row).toList();
    }

    private static Row row(ResultRow row) {
        return new Row(row.rank(), row.startNumber(), row.name(), row.team(), row.employer(), row.theory(),
                row.practical(), row.total(), row.prize());
    }
}
