package org.workerscontest.laborcompetition.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands and events of a labor competition campaign (劳动竞赛): its periods, participating units and
 * indicators, the units' periodic reports, their verification, vetoes and the concluding awards. The
 * acting user and role come from the command's metadata.
 */
public final class LaborMessages {

    private LaborMessages() {
    }

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 60;
    public static final int MAX_NOTE = 500;
    public static final int MAX_REASON = 500;

    public record Period(String code, String name) {
    }

    public record Unit(String unitId, String name) {
    }

    public record Indicator(String code, String name, String unitOfMeasure, Direction direction, BigDecimal weight) {
    }

    /** One unit's report for one period: a value per indicator code. */
    public record Report(String unitId, String periodCode, Map<String, BigDecimal> values, String note) {
    }

    // Commands

    public record CreateCampaign(@TargetAggregateIdentifier String campaignId, String name, String theme,
                                 String organizer, List<Period> periods, List<Unit> units,
                                 List<Indicator> indicators, int awardCount, String awardName) {
    }

    /** The UNIT_REPORTER accounts who report for a unit; replaces the previous list. */
    public record AssignReporters(@TargetAggregateIdentifier String campaignId, String unitId,
                                  List<String> reporters) {
    }

    /** A first report or a correction of one not yet verified. */
    public record SubmitReport(@TargetAggregateIdentifier String campaignId, Report report) {
    }

    /** Reports from a spreadsheet: all of them or none. */
    public record ImportReports(@TargetAggregateIdentifier String campaignId, List<Report> reports) {
    }

    public record VerifyReport(@TargetAggregateIdentifier String campaignId, String unitId, String periodCode) {
    }

    public record RejectReport(@TargetAggregateIdentifier String campaignId, String unitId, String periodCode,
                               String reason) {
    }

    /** No more reports or corrections for the period; verification goes on. */
    public record ClosePeriod(@TargetAggregateIdentifier String campaignId, String periodCode) {
    }

    public record VetoUnit(@TargetAggregateIdentifier String campaignId, String unitId, String periodCode,
                           String reason) {
    }

    public record LiftVeto(@TargetAggregateIdentifier String campaignId, String unitId, String periodCode,
                           String reason) {
    }

    public record ConcludeCampaign(@TargetAggregateIdentifier String campaignId) {
    }

    // Events

    public record CampaignCreated(String campaignId, String name, String theme, String organizer,
                                  List<Period> periods, List<Unit> units, List<Indicator> indicators,
                                  int awardCount, String awardName) {
    }

    public record ReportersAssigned(String campaignId, String unitId, List<String> reporters) {
    }

    /** @param correction whether it replaces an earlier, unverified report of the same unit and period */
    public record ReportSubmitted(String campaignId, String unitId, String periodCode, Map<String, BigDecimal> values,
                                  String note, boolean correction) {
    }

    /** Carries the values that now count, so that standings follow from the verified events alone. */
    public record ReportVerified(String campaignId, String unitId, String periodCode, Map<String, BigDecimal> values) {
    }

    public record ReportRejected(String campaignId, String unitId, String periodCode, String reason) {
    }

    public record PeriodClosed(String campaignId, String periodCode) {
    }

    public record UnitVetoed(String campaignId, String unitId, String periodCode, String reason) {
    }

    public record VetoLifted(String campaignId, String unitId, String periodCode, String reason) {
    }

    /** @param awardedUnitIds the units that receive the award, best first */
    public record CampaignConcluded(String campaignId, List<String> awardedUnitIds, String awardName) {
    }
}
