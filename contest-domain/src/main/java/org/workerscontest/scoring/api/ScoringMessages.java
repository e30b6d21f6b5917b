package org.workerscontest.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands and events of a discipline (竞赛项目): its marking scheme, panel, competitors, marks,
 * sheet locks, appeals and publication. The acting judge comes from the command's metadata.
 */
public final class ScoringMessages {

    private ScoringMessages() {
    }

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 50;
    public static final int MAX_EMPLOYER = 100;
    public static final int MAX_REASON = 500;

    /** A discipline's id within the whole system: its contest and its code. */
    public static String disciplineId(String contestId, String code) {
        return contestId + ":" + code;
    }

    public record CriterionDefinition(String code, String name, CriterionKind kind, BigDecimal maxMark) {
    }

    // Commands

    public record DefineDiscipline(@TargetAggregateIdentifier String disciplineId, String contestId, String code,
                                   String name, BigDecimal theoryWeight, BigDecimal practicalWeight,
                                   List<CriterionDefinition> criteria) {
    }

    /** @param measurementJudges criterion code → the judge who marks it; criteria not named: any panel judge */
    public record AssignPanel(@TargetAggregateIdentifier String disciplineId, List<String> judges, String chiefJudge,
                              Map<String, String> measurementJudges) {
    }

    public record RegisterCompetitor(@TargetAggregateIdentifier String disciplineId, String competitorId, String name,
                                     String teamId, String employer) {
    }

    public record NewCompetitor(String competitorId, String name, String teamId, String employer) {
    }

    /** An imported list: registered all together or, at the first refusal, none. */
    public record RegisterCompetitors(@TargetAggregateIdentifier String disciplineId, List<NewCompetitor> competitors) {
    }

    /** Imported theory scores by competitor id: recorded all together or none. */
    public record RecordTheoryScores(@TargetAggregateIdentifier String disciplineId, Map<String, BigDecimal> scores) {
    }

    public record RecordTheoryScore(@TargetAggregateIdentifier String disciplineId, String competitorId,
                                    BigDecimal score) {
    }

    /** The signed-in judge's mark; a change of their earlier mark needs a reason. */
    public record EnterMark(@TargetAggregateIdentifier String disciplineId, String competitorId, String criterionCode,
                            BigDecimal value, String reason) {
    }

    /** What became of an {@link EnterMark}. */
    public enum MarkChange { ENTERED, REVISED, UNCHANGED }

    /**
     * The answer to {@link EnterMark}: the judge's mark as the discipline now holds it, and whether its
     * criterion is flagged (scores more than 1 apart), so a judge's device needs no read model to show it.
     */
    public record MarkReceipt(String competitorId, String criterionCode, String judge, BigDecimal value,
                              MarkChange change, boolean flagged) {
    }

    public record ConfirmFlag(@TargetAggregateIdentifier String disciplineId, String competitorId, String criterionCode,
                              String reason) {
    }

    public record LockSheet(@TargetAggregateIdentifier String disciplineId, String competitorId) {
    }

    public record ReopenSheet(@TargetAggregateIdentifier String disciplineId, String competitorId, String reason) {
    }

    public record FileAppeal(@TargetAggregateIdentifier String disciplineId, String appealId, String competitorId,
                             String reason) {
    }

    public record UpholdAppeal(@TargetAggregateIdentifier String disciplineId, String appealId, String reason) {
    }

    public record DismissAppeal(@TargetAggregateIdentifier String disciplineId, String appealId, String reason) {
    }

    public record PublishResults(@TargetAggregateIdentifier String disciplineId) {
    }

    // Events

    public record DisciplineDefined(String disciplineId, String contestId, String code, String name,
                                    BigDecimal theoryWeight, BigDecimal practicalWeight,
                                    List<CriterionDefinition> criteria) {
    }

    public record PanelAssigned(String disciplineId, String contestId, List<String> judges, String chiefJudge,
                                Map<String, String> measurementJudges) {
    }

    public record CompetitorRegistered(String disciplineId, String contestId, String competitorId, int startNumber,
                                       String name, String teamId, String teamName, String employer) {
    }

    public record TheoryScoreRecorded(String disciplineId, String contestId, String competitorId, BigDecimal score,
                                      BigDecimal previousScore) {
    }

    public record MarkEntered(String disciplineId, String contestId, String competitorId, String criterionCode,
                              String judge, BigDecimal value) {
    }

    public record MarkRevised(String disciplineId, String contestId, String competitorId, String criterionCode,
                              String judge, BigDecimal previousValue, BigDecimal value, String reason) {
    }

    public record FlagConfirmed(String disciplineId, String contestId, String competitorId, String criterionCode,
                                String reason) {
    }

    /** Carries the sheet's result as the rules compute it, so that results need no second calculation. */
    public record SheetLocked(String disciplineId, String contestId, String competitorId, BigDecimal theory,
                              BigDecimal practical, BigDecimal total) {
    }

    public record SheetReopened(String disciplineId, String contestId, String competitorId, String reason) {
    }

    public record AppealFiled(String disciplineId, String contestId, String appealId, String competitorId,
                              String teamId, String reason) {
    }

    public record AppealUpheld(String disciplineId, String contestId, String appealId, String competitorId,
                               String reason) {
    }

    public record AppealDismissed(String disciplineId, String contestId, String appealId, String competitorId,
                                  String reason) {
    }

    public record ResultsPublished(String disciplineId, String contestId) {
    }

    /** A sheet of a published discipline was reopened: its results are provisional again. */
    public record ResultsUnpublished(String disciplineId, String contestId, String competitorId) {
    }
}
