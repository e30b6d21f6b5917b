package org.workerscontest.laborcompetition;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.CampaignDocument.UnitEntry;
import org.workerscontest.laborcompetition.LaborScoring.PeriodScore;
import org.workerscontest.laborcompetition.LaborScoring.Standing;
import org.workerscontest.laborcompetition.UnitReportDocument.State;

/** Campaigns, reports, and the standings computed from the verified reports with the domain's rules. */
@Component
public class LaborQueries {

    /** One unit in one period; indicator scores and score at 2 decimals, empty when nothing is verified. */
    public record PeriodRow(int rank, String unitId, String unitName, BigDecimal score, boolean vetoed,
                            boolean verified, Map<String, BigDecimal> indicatorScores) {
    }

    /** @param scored whether any report of the period is verified yet; unscored periods leave the mean alone */
    public record PeriodStandings(String periodCode, String periodName, boolean closed, boolean scored,
                                  List<PeriodRow> rows) {
    }

    /** @param awarded only once the campaign is concluded */
    public record OverallRow(int rank, String unitId, String unitName, BigDecimal score, boolean vetoed,
                             boolean awarded, Map<String, BigDecimal> periodScores) {
    }

    /** @param countedPeriods the periods the overall score is the mean of: the closed ones with verified reports */
    public record Standings(List<PeriodStandings> periods, List<OverallRow> overall, List<String> countedPeriods) {
    }

    private final MongoTemplate mongo;

    public LaborQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<CampaignDocument> campaigns() {
        return mongo.find(query(where("_id").exists(true)).with(Sort.by(Sort.Order.desc("createdAt"))),
                CampaignDocument.class);
    }

    /** The campaigns in which the user reports for a unit. */
    public List<CampaignDocument> campaignsOfReporter(String username) {
        return mongo.find(query(where("units.reporters").is(username)).with(Sort.by(Sort.Order.desc("createdAt"))),
                CampaignDocument.class);
    }

    public Optional<CampaignDocument> campaign(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, CampaignDocument.class));
    }

    public List<UnitReportDocument> reports(String campaignId) {
        return mongo.find(query(where("campaignId").is(campaignId)).with(Sort.by("periodCode", "unitId")),
                UnitReportDocument.class);
    }

    public Optional<UnitReportDocument> report(String campaignId, String unitId, String periodCode) {
        return Optional.ofNullable(mongo.findById(UnitReportDocument.idOf(campaignId, unitId, periodCode),
                UnitReportDocument.class));
    }

    public Standings standings(CampaignDocument campaign) {
        List<String> units = campaign.units().stream().map(UnitEntry::unitId).toList();
        Map<String, Map<String, Map<String, BigDecimal>>> verified = new LinkedHashMap<>();
        for (UnitReportDocument report : reports(campaign.id())) {
            if (report.state() == State.VERIFIED) {
                verified.computeIfAbsent(report.periodCode(), period -> new LinkedHashMap<>())
                        .put(report.unitId(), report.values());
            }
        }
        List<PeriodStandings> periods = new ArrayList<>();
        List<Map<String, BigDecimal>> countedScores = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> periodScoresByUnit = new LinkedHashMap<>();
        Set<String> vetoedAnywhere = new HashSet<>();
        for (PeriodEntry period : campaign.periods()) {
            Map<String, PeriodScore> scores = LaborScoring.periodScores(campaign.indicators(),
                    verified.getOrDefault(period.code(), Map.of()));
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            scores.forEach((unit, score) -> totals.put(unit, score.score()));
            // An open period's ranking is shown as it stands; the overall waits until it is closed, so a
            // unit whose report is still in review is not pulled down in the meantime.
            if (period.closed() && !scores.isEmpty()) {
                countedScores.add(totals);
                counted.add(period.code());
            }
            if (!scores.isEmpty()) {
                totals.forEach((unit, score) -> periodScoresByUnit.computeIfAbsent(unit, key -> new LinkedHashMap<>())
                        .put(period.code(), LaborScoring.round(score)));
            }
            Set<String> vetoed = new HashSet<>();
            units.stream().filter(unit -> campaign.vetoed(unit, period.code())).forEach(vetoed::add);
            vetoedAnywhere.addAll(vetoed);
            List<PeriodRow> rows = LaborScoring.rank(units, totals, vetoed).stream()
                    .map(standing -> new PeriodRow(standing.rank(), standing.unitId(),
                            campaign.unitName(standing.unitId()), standing.score(), standing.vetoed(),
                            scores.containsKey(standing.unitId()), rounded(scores.get(standing.unitId()))))
                    .toList();
            periods.add(new PeriodStandings(period.code(), period.name(), period.closed(), !scores.isEmpty(), rows));
        }
        List<Standing> overall = LaborScoring.rank(units, LaborScoring.campaignScores(units, countedScores),
                vetoedAnywhere);
        List<OverallRow> rows = overall.stream().map(standing -> new OverallRow(standing.rank(), standing.unitId(),
                campaign.unitName(standing.unitId()), standing.score(), standing.vetoed(),
                campaign.awardedUnitIds().contains(standing.unitId()),
                periodScoresByUnit.getOrDefault(standing.unitId(), Map.of()))).toList();
        return new Standings(periods, rows, counted);
    }

    private static Map<String, BigDecimal> rounded(PeriodScore score) {
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        if (score != null) {
            score.indicatorScores().forEach((code, value) -> rounded.put(code, LaborScoring.round(value)));
        }
        return rounded;
    }
}
