package org.workerscontest.worker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.NominationDocument;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.HonourMessages.Nominee;
import org.workerscontest.innovation.InnovationQueries;
import org.workerscontest.innovation.InnovationResultDocument;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.scoring.CompetitorDocument;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.api.Prize;

/**
 * A person's profile: their record with every record merged into it, and what they achieved. Innovation
 * results and honours nominated with a record are linked by it; contest results and honours nominated by
 * name only (e.g. automatic nominations of first prizes) are matched by the same name and employer as one
 * of the records (and the same gender where the nomination gives one), which is why confirming duplicates matters: it joins what was won under an old employer.
 */
@Component
public class WorkerProfiles {

    public record Profile(WorkerDocument worker, List<WorkerDocument> mergedRecords, List<HonourEntry> honours,
                          List<PrizeEntry> prizes, List<InnovationEntry> innovation) {
    }

    public record HonourEntry(String nominationId, int year, ContestLevel level, String honourName, Stage stage,
                              LocalDate conferredOn, String revocationReason) {
    }

    /** A placing in a published discipline; prize null below the prizes. */
    public record PrizeEntry(String contestId, String contestName, ContestLevel level, LocalDate date,
                             String disciplineName, String employer, int rank, BigDecimal total, Prize prize) {
    }

    public record InnovationEntry(String resultId, String title, ResultKind kind, int year, Grade grade,
                                  InnovationResultDocument.State state) {
    }

    private final WorkerQueries workers;
    private final HonourQueries honours;
    private final ScoringQueries scoring;
    private final ContestQueries contests;
    private final InnovationQueries innovation;

    public WorkerProfiles(WorkerQueries workers, HonourQueries honours, ScoringQueries scoring,
                          ContestQueries contests, InnovationQueries innovation) {
        this.workers = workers;
        this.honours = honours;
        this.scoring = scoring;
        this.contests = contests;
        this.innovation = innovation;
    }

    /** The profile of the person a record belongs to: a merged record's id leads to the record it joined. */
    public Optional<Profile> profile(String workerId) {
        return workers.worker(workerId)
                .flatMap(record -> record.mergedInto() == null ? Optional.of(record) : workers.worker(record.mergedInto()))
                .map(this::profileOf);
    }

    private Profile profileOf(WorkerDocument worker) {
        List<WorkerDocument> merged = workers.mergedInto(worker.id());
        List<WorkerDocument> records = Stream.concat(Stream.of(worker), merged.stream()).toList();
        Set<String> ids = records.stream().map(WorkerDocument::id).collect(Collectors.toSet());
        Set<String> names = records.stream().map(WorkerDocument::name).collect(Collectors.toSet());
        Set<String> nameAndUnits = records.stream().map(record -> record.name() + "|" + record.unit())
                .collect(Collectors.toSet());

        List<HonourEntry> honourEntries = honours.honoursOf(ids, names).stream()
                .filter(nomination -> nomination.nominee().workerId() != null
                        ? ids.contains(nomination.nominee().workerId())
                        : records.stream().anyMatch(record -> samePerson(record, nomination.nominee())))
                .map(WorkerProfiles::honour).toList();
        List<InnovationEntry> results = innovation.resultsOfAuthors(ids).stream()
                .map(result -> new InnovationEntry(result.id(), result.title(), result.kind(), result.year(),
                        result.grade(), result.state()))
                .toList();
        return new Profile(worker, merged, honourEntries, prizes(names, nameAndUnits), results);
    }

    private List<PrizeEntry> prizes(Set<String> names, Set<String> nameAndUnits) {
        List<PrizeEntry> prizes = new ArrayList<>();
        for (CompetitorDocument competitor : scoring.competitorsNamed(names)) {
            if (!nameAndUnits.contains(competitor.name() + "|" + competitor.employer())) {
                continue;
            }
            Optional<DisciplineDocument> discipline = scoring.discipline(competitor.disciplineId())
                    .filter(DisciplineDocument::published);
            Optional<ContestDocument> contest = contests.contest(competitor.contestId());
            if (discipline.isEmpty() || contest.isEmpty()) {
                continue;
            }
            scoring.results(discipline.get().id()).rows().stream()
                    .filter(row -> row.competitorId().equals(competitor.id())).findFirst()
                    .ifPresent(row -> prizes.add(prize(contest.get(), discipline.get(), row)));
        }
        prizes.sort(Comparator.comparing(PrizeEntry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return prizes;
    }

    /** A nominee without a record: same name and employer, and the same gender when the nomination has one. */
    private static boolean samePerson(WorkerDocument record, Nominee nominee) {
        return record.name().equals(nominee.name()) && record.unit().equals(nominee.employer())
                && (nominee.gender() == null || nominee.gender() == record.gender());
    }

    private static PrizeEntry prize(ContestDocument contest, DisciplineDocument discipline, ResultRow row) {
        return new PrizeEntry(contest.id(), contest.name(), contest.level(), contest.startDate(), discipline.name(),
                row.employer(), row.rank(), row.total(), row.prize());
    }

    private static HonourEntry honour(NominationDocument nomination) {
        return new HonourEntry(nomination.id(), nomination.year(), nomination.level(), nomination.honourName(),
                nomination.stage(), nomination.conferredOn(),
                nomination.stage() == Stage.REVOKED ? nomination.reason() : null);
    }
}
