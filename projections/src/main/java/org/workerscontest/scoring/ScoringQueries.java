package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.workerscontest.scoring.Ranking.Ranked;
import org.workerscontest.scoring.Ranking.Result;
import org.workerscontest.scoring.api.Prize;

/** Disciplines, sheets, results and standings, computed with the domain's own rules. */
@Component
public class ScoringQueries {

    /** Where a sheet stands, for the chief judge's overview and the judge's list. */
    public record SheetStatus(CompetitorDocument competitor, int missingMarks, List<String> unconfirmedFlags,
                              boolean locked) {
        public boolean complete() {
            return missingMarks == 0 && competitor.theory() != null;
        }
    }

    /** Numbers as published: 2 decimals. */
    public record ResultRow(int rank, String competitorId, int startNumber, String name, String teamId, String team,
                            String employer, BigDecimal theory, BigDecimal practical, BigDecimal total, Prize prize) {
    }

    public record Results(boolean published, int competitors, int locked, List<ResultRow> rows) {
    }

    public record TeamStandingRow(int rank, String teamId, String team, int first, int second, int third,
                                  BigDecimal totalSum) {
    }

    private final MongoTemplate mongo;

    public ScoringQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<DisciplineDocument> disciplines(String contestId) {
        return mongo.find(Query.query(Criteria.where("contestId").is(contestId)).with(Sort.by("code")),
                DisciplineDocument.class);
    }

    public Optional<DisciplineDocument> discipline(String disciplineId) {
        return Optional.ofNullable(mongo.findById(disciplineId, DisciplineDocument.class));
    }

    /** The disciplines a judge sits on or a chief judge leads, across contests. */
    public List<DisciplineDocument> disciplinesOf(String username) {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("judges").is(username),
                Criteria.where("chiefJudge").is(username))).with(Sort.by("contestId", "code")), DisciplineDocument.class);
    }

    public List<CompetitorDocument> competitors(String disciplineId) {
        return mongo.find(Query.query(Criteria.where("disciplineId").is(disciplineId)).with(Sort.by("startNumber")),
                CompetitorDocument.class);
    }

    /** Competitors by exact name, in every contest: a person's profile matches them by name and employer. */
    public List<CompetitorDocument> competitorsNamed(Collection<String> names) {
        return mongo.find(Query.query(Criteria.where("name").in(names)), CompetitorDocument.class);
    }

    /** Where a competitor competes: fixed once registered, so kept in memory after the first look. */
    public record Placement(String contestId, String disciplineId) {
    }

    private final Map<String, Placement> placements = new ConcurrentHashMap<>();

    /** A mark's command needs only the discipline; this spares the read of the whole sheet before it. */
    public Optional<Placement> placement(String competitorId) {
        Placement known = placements.get(competitorId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Placement> found = competitor(competitorId)
                .map(competitor -> new Placement(competitor.contestId(), competitor.disciplineId()));
        found.ifPresent(placement -> placements.put(competitorId, placement));
        return found;
    }

    public Optional<CompetitorDocument> competitor(String competitorId) {
        return Optional.ofNullable(mongo.findById(competitorId, CompetitorDocument.class));
    }

    public SheetStatus status(DisciplineDocument discipline, CompetitorDocument competitor) {
        Map<String, Map<String, BigDecimal>> marks = competitor.marksByCriterion();
        List<String> unconfirmed = ScoreSheets.flaggedCriteria(discipline.criteria(), marks).stream()
                .filter(code -> !competitor.confirmedFlags().contains(code)).toList();
        return new SheetStatus(competitor, ScoreSheets.missingMarks(discipline.criteria(), discipline.judges(), marks),
                unconfirmed, competitor.locked());
    }

    public List<SheetStatus> statuses(DisciplineDocument discipline) {
        return competitors(discipline.id()).stream().map(competitor -> status(discipline, competitor)).toList();
    }

    /** Ranking and prizes over the locked sheets (rules 6 and 7). */
    public Results results(String disciplineId) {
        DisciplineDocument discipline = discipline(disciplineId).orElseThrow();
        List<CompetitorDocument> competitors = competitors(disciplineId);
        List<Result<CompetitorDocument>> locked = competitors.stream().filter(CompetitorDocument::locked)
                .map(competitor -> new Result<>(competitor, competitor.total(), competitor.practical(),
                        competitor.theory()))
                .toList();
        List<Ranked<CompetitorDocument>> ranked = Ranking.rank(locked);
        List<Prize> prizes = Prizes.prizes(ranked);
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CompetitorDocument competitor = ranked.get(i).result().subject();
            rows.add(new ResultRow(ranked.get(i).rank(), competitor.id(), competitor.startNumber(), competitor.name(),
                    competitor.teamId(), competitor.teamName(), competitor.employer(),
                    ScoringRules.round(competitor.theory()),
                    ScoringRules.round(competitor.practical()), ScoringRules.round(competitor.total()), prizes.get(i)));
        }
        return new Results(discipline.published(), competitors.size(), locked.size(), rows);
    }

    /**
     * The medal table over the contest's published disciplines (rule 8).
     *
     * @param teams team id → name of every active team, so teams without prizes are listed too
     */
    public List<TeamStandingRow> standings(String contestId, Map<String, String> teams) {
        List<Standings.Entry> entries = new ArrayList<>();
        Map<String, String> names = new HashMap<>(teams);
        for (DisciplineDocument discipline : disciplines(contestId)) {
            if (!discipline.published()) {
                continue;
            }
            for (ResultRow row : results(discipline.id()).rows()) {
                entries.add(new Standings.Entry(row.teamId(), row.prize(), row.total()));
                names.putIfAbsent(row.teamId(), row.team());
            }
        }
        return Standings.of(new ArrayList<>(teams.keySet()), entries).stream()
                .map(standing -> new TeamStandingRow(standing.rank(), standing.teamId(), names.get(standing.teamId()),
                        standing.first(), standing.second(), standing.third(), standing.totalSum()))
                .toList();
    }

    public List<AppealDocument> appeals(String contestId) {
        return mongo.find(Query.query(Criteria.where("contestId").is(contestId))
                .with(Sort.by(Sort.Order.desc("filedAt"))), AppealDocument.class);
    }

    /** Progress per discipline: competitors and locked sheets. */
    public Map<String, long[]> progress(String contestId) {
        return mongo.find(Query.query(Criteria.where("contestId").is(contestId)), CompetitorDocument.class).stream()
                .collect(Collectors.groupingBy(CompetitorDocument::disciplineId, Collectors.collectingAndThen(
                        Collectors.toList(), list -> new long[] {list.size(),
                                list.stream().filter(CompetitorDocument::locked).count()})));
    }
}
