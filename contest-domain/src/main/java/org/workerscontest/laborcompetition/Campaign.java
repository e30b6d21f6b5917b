package org.workerscontest.laborcompetition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.laborcompetition.api.LaborMessages.*;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.UserDirectory;
import org.workerscontest.user.api.Role;

/**
 * A labor competition campaign: its set-up, every unit's report per period, verification, vetoes and
 * the awards it concludes with. Reports live inside the campaign because scoring compares the units.
 */
@AggregateRoot(type = "Campaign")
public class Campaign {

    static final BigDecimal TOTAL_WEIGHT = BigDecimal.valueOf(100);
    /** Values are counts, amounts and rates: four decimals are plenty, and keep typing slips out. */
    static final int MAX_VALUE_DECIMALS = 4;
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    /** Codes become keys of stored documents: letters, digits, '_' and '-'. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");

    @AggregateIdentifier
    private String campaignId;
    private final Map<String, Boolean> periodClosed = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new LinkedHashMap<>();
    private final Map<String, Set<String>> reporters = new HashMap<>();
    private List<Indicator> indicators;
    private int awardCount;
    private String awardName;
    private final Map<String, ReportState> reports = new HashMap<>();
    private final Set<String> vetoes = new HashSet<>();
    private boolean concluded;

    private enum ReportStatus { SUBMITTED, VERIFIED, REJECTED }

    private record ReportState(Map<String, BigDecimal> values, String note, ReportStatus status) {
    }

    protected Campaign() {
        // for Axon
    }

    private static String key(String unitId, String periodCode) {
        return unitId + "/" + periodCode;
    }

    @CommandHandler
    public Campaign(CreateCampaign command) {
        requireText(command.campaignId(), "field.campaign.id", 64);
        String name = requireText(command.name(), "field.campaign.name", MAX_NAME);
        String theme = requireText(command.theme(), "field.campaign.theme", MAX_NAME);
        String organizer = requireText(command.organizer(), "field.campaign.organizer", 100);
        List<Period> periods = periods(command.periods());
        List<Unit> units = units(command.units());
        List<Indicator> validIndicators = indicators(command.indicators());
        if (command.awardCount() < 0 || command.awardCount() > units.size()) {
            throw new DomainRuleViolation("error.campaign.awardCount", command.awardCount(), units.size());
        }
        String award = command.awardCount() == 0 ? optionalText(command.awardName(), "field.campaign.awardName", MAX_NAME)
                : requireText(command.awardName(), "field.campaign.awardName", MAX_NAME);
        apply(new CampaignCreated(command.campaignId(), name, theme, organizer, periods, units, validIndicators,
                command.awardCount(), award));
    }

    private static List<Period> periods(List<Period> periods) {
        if (periods == null || periods.isEmpty()) {
            throw new DomainRuleViolation("error.campaign.noPeriods");
        }
        Set<String> codes = new HashSet<>();
        List<Period> valid = new ArrayList<>();
        for (Period period : periods) {
            String code = requireCode(period.code(), "field.period.code");
            if (!codes.add(code)) {
                throw new DomainRuleViolation("error.campaign.duplicatePeriod", code);
            }
            valid.add(new Period(code, requireText(period.name(), "field.period.name", MAX_NAME)));
        }
        return valid;
    }

    private static String requireCode(String value, String fieldKey) {
        String code = requireText(value, fieldKey, MAX_CODE);
        if (!CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("error.campaign.codeInvalid", code);
        }
        return code;
    }

    private static List<Unit> units(List<Unit> units) {
        if (units == null || units.size() < 2) {
            throw new DomainRuleViolation("error.campaign.tooFewUnits");
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Unit> valid = new ArrayList<>();
        for (Unit unit : units) {
            String id = requireText(unit.unitId(), "field.unit.id", 64);
            String name = requireText(unit.name(), "field.unit.name", MAX_NAME);
            if (!ids.add(id) || !names.add(name)) {
                throw new DomainRuleViolation("error.campaign.duplicateUnit", name);
            }
            valid.add(new Unit(id, name));
        }
        return valid;
    }

    private static List<Indicator> indicators(List<Indicator> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            throw new DomainRuleViolation("error.campaign.noIndicators");
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<Indicator> valid = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String code = requireCode(indicator.code(), "field.indicator.code");
            if (!codes.add(code)) {
                throw new DomainRuleViolation("error.campaign.duplicateIndicator", code);
            }
            String name = requireText(indicator.name(), "field.indicator.name", MAX_NAME);
            String measure = requireText(indicator.unitOfMeasure(), "field.indicator.unitOfMeasure", 20);
            requirePresent(indicator.direction(), "field.indicator.direction");
            BigDecimal weight = requirePresent(indicator.weight(), "field.indicator.weight");
            if (weight.signum() <= 0 || weight.stripTrailingZeros().scale() > 2) {
                throw new DomainRuleViolation("error.indicator.weight", name);
            }
            sum = sum.add(weight);
            valid.add(new Indicator(code, name, measure, indicator.direction(), weight));
        }
        if (sum.compareTo(TOTAL_WEIGHT) != 0) {
            throw new DomainRuleViolation("error.campaign.weightsNot100", sum.stripTrailingZeros().toPlainString());
        }
        return valid;
    }

    @CommandHandler
    public void handle(AssignReporters command, UserDirectory users) {
        requireRunning();
        String unitId = knownUnit(command.unitId());
        Set<String> assigned = new LinkedHashSet<>();
        for (String username : command.reporters() == null ? List.<String>of() : command.reporters()) {
            String reporter = requireText(username, "field.unit.reporters", 64);
            if (users.roleOf(reporter).orElse(null) != Role.UNIT_REPORTER) {
                throw new DomainRuleViolation("error.reporter.notAReporter", reporter);
            }
            reporters.forEach((otherUnit, names) -> {
                if (!otherUnit.equals(unitId) && names.contains(reporter)) {
                    throw new DomainRuleViolation("error.reporter.otherUnit", reporter, unitNames.get(otherUnit));
                }
            });
            assigned.add(reporter);
        }
        if (!assigned.equals(reporters.getOrDefault(unitId, Set.of()))) {
            apply(new ReportersAssigned(campaignId, unitId, List.copyOf(assigned)));
        }
    }

    @CommandHandler
    public void handle(SubmitReport command, @MetaDataValue(CommandMetadata.USER) String user,
                       @MetaDataValue(CommandMetadata.ROLE) String role) {
        requireRunning();
        Report report = validReport(requirePresent(command.report(), "field.report"));
        if (Role.UNIT_REPORTER.name().equals(role)) {
            if (!reporters.getOrDefault(report.unitId(), Set.of()).contains(user)) {
                throw new DomainRuleViolation("error.report.notYourUnit", unitNames.get(report.unitId()));
            }
        } else {
            requireOrganizer(role);
        }
        submit(report);
    }

    @CommandHandler
    public void handle(ImportReports command, @MetaDataValue(CommandMetadata.ROLE) String role) {
        requireRunning();
        requireOrganizer(role);
        if (command.reports() == null || command.reports().isEmpty()) {
            throw new DomainRuleViolation("error.import.empty");
        }
        Set<String> seen = new HashSet<>();
        List<Report> valid = new ArrayList<>();
        for (Report report : command.reports()) {
            Report checked = validReport(report);
            if (!seen.add(key(checked.unitId(), checked.periodCode()))) {
                throw new DomainRuleViolation("error.report.duplicate", unitNames.get(checked.unitId()),
                        checked.periodCode());
            }
            valid.add(checked);
        }
        valid.forEach(this::submit);
    }

    private void submit(Report report) {
        ReportState existing = reports.get(key(report.unitId(), report.periodCode()));
        if (existing != null && existing.status() == ReportStatus.SUBMITTED
                && existing.values().equals(report.values()) && Objects.equals(existing.note(), report.note())) {
            return;
        }
        apply(new ReportSubmitted(campaignId, report.unitId(), report.periodCode(), report.values(), report.note(),
                existing != null));
    }

    /** Known unit and period, open for reports, not yet verified, and one valid value for every indicator. */
    private Report validReport(Report report) {
        String unitId = knownUnit(report.unitId());
        String periodCode = knownPeriod(report.periodCode());
        ReportState existing = reports.get(key(unitId, periodCode));
        if (existing != null && existing.status() == ReportStatus.VERIFIED) {
            throw new DomainRuleViolation("error.report.verified", unitNames.get(unitId), periodCode);
        }
        // A report rejected after the period closed may still be put right.
        boolean rejected = existing != null && existing.status() == ReportStatus.REJECTED;
        if (periodClosed.get(periodCode) && !rejected) {
            throw new DomainRuleViolation("error.report.periodClosed", periodCode);
        }
        Map<String, BigDecimal> given = report.values() == null ? Map.of() : report.values();
        for (String code : given.keySet()) {
            if (indicators.stream().noneMatch(indicator -> indicator.code().equals(code))) {
                throw new DomainRuleViolation("error.report.indicatorUnknown", code);
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            BigDecimal value = given.get(indicator.code());
            if (value == null) {
                throw new DomainRuleViolation("error.report.valueMissing", indicator.name());
            }
            if (value.signum() < 0) {
                throw new DomainRuleViolation("error.report.negative", indicator.name());
            }
            if (value.stripTrailingZeros().scale() > MAX_VALUE_DECIMALS || value.compareTo(MAX_VALUE) > 0) {
                throw new DomainRuleViolation("error.report.value", indicator.name(), MAX_VALUE_DECIMALS);
            }
            BigDecimal normalized = value.stripTrailingZeros();
            values.put(indicator.code(), normalized.scale() < 0 ? normalized.setScale(0) : normalized);
        }
        return new Report(unitId, periodCode, values, optionalText(report.note(), "field.report.note", MAX_NOTE));
    }

    @CommandHandler
    public void handle(VerifyReport command) {
        requireRunning();
        ReportState report = awaitingDecision(command.unitId(), command.periodCode());
        apply(new ReportVerified(campaignId, command.unitId(), command.periodCode(), report.values()));
    }

    @CommandHandler
    public void handle(RejectReport command) {
        requireRunning();
        awaitingDecision(command.unitId(), command.periodCode());
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        apply(new ReportRejected(campaignId, command.unitId(), command.periodCode(), reason));
    }

    private ReportState awaitingDecision(String unitId, String periodCode) {
        ReportState report = reports.get(key(knownUnit(unitId), knownPeriod(periodCode)));
        if (report == null || report.status() == ReportStatus.REJECTED) {
            throw new DomainRuleViolation("error.report.none", unitNames.get(unitId), periodCode);
        }
        if (report.status() == ReportStatus.VERIFIED) {
            throw new DomainRuleViolation("error.report.verified", unitNames.get(unitId), periodCode);
        }
        return report;
    }

    @CommandHandler
    public void handle(ClosePeriod command) {
        requireRunning();
        String periodCode = knownPeriod(command.periodCode());
        if (periodClosed.get(periodCode)) {
            throw new DomainRuleViolation("error.period.closed", periodCode);
        }
        apply(new PeriodClosed(campaignId, periodCode));
    }

    @CommandHandler
    public void handle(VetoUnit command) {
        requireRunning();
        String unitId = knownUnit(command.unitId());
        String periodCode = knownPeriod(command.periodCode());
        if (vetoes.contains(key(unitId, periodCode))) {
            throw new DomainRuleViolation("error.veto.exists", unitNames.get(unitId), periodCode);
        }
        apply(new UnitVetoed(campaignId, unitId, periodCode, requireText(command.reason(), "field.reason", MAX_REASON)));
    }

    @CommandHandler
    public void handle(LiftVeto command) {
        requireRunning();
        String unitId = knownUnit(command.unitId());
        String periodCode = knownPeriod(command.periodCode());
        if (!vetoes.contains(key(unitId, periodCode))) {
            throw new DomainRuleViolation("error.veto.none", unitNames.get(unitId), periodCode);
        }
        apply(new VetoLifted(campaignId, unitId, periodCode, requireText(command.reason(), "field.reason", MAX_REASON)));
    }

    @CommandHandler
    public void handle(ConcludeCampaign command) {
        requireRunning();
        List<String> open = periodClosed.entrySet().stream().filter(period -> !period.getValue())
                .map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            throw new DomainRuleViolation("error.campaign.periodsOpen", String.join("、", open));
        }
        long pending = reports.values().stream().filter(report -> report.status() == ReportStatus.SUBMITTED).count();
        if (pending > 0) {
            throw new DomainRuleViolation("error.campaign.reportsPending", pending);
        }
        apply(new CampaignConcluded(campaignId, LaborScoring.awarded(standings(), awardCount), awardName));
    }

    /**
     * The campaign ranking from the verified reports, as the standings read model computes it too (every
     * period is closed by now, so every period with a verified report counts).
     */
    private List<LaborScoring.Standing> standings() {
        List<Map<String, BigDecimal>> scoredPeriods = new ArrayList<>();
        for (String periodCode : periodClosed.keySet()) {
            Map<String, Map<String, BigDecimal>> verified = new LinkedHashMap<>();
            unitNames.keySet().forEach(unitId -> {
                ReportState report = reports.get(key(unitId, periodCode));
                if (report != null && report.status() == ReportStatus.VERIFIED) {
                    verified.put(unitId, report.values());
                }
            });
            if (!verified.isEmpty()) {
                Map<String, BigDecimal> scores = new LinkedHashMap<>();
                LaborScoring.periodScores(indicators, verified).forEach((unit, score) -> scores.put(unit, score.score()));
                scoredPeriods.add(scores);
            }
        }
        Set<String> vetoed = new HashSet<>();
        vetoes.forEach(veto -> vetoed.add(veto.substring(0, veto.lastIndexOf('/'))));
        List<String> units = List.copyOf(unitNames.keySet());
        return LaborScoring.rank(units, LaborScoring.campaignScores(units, scoredPeriods), vetoed);
    }

    private void requireRunning() {
        if (concluded) {
            throw new DomainRuleViolation("error.campaign.concluded");
        }
    }

    private static void requireOrganizer(String role) {
        if (!Role.ORGANIZER.name().equals(role) && !Role.ADMIN.name().equals(role) && !"SYSTEM".equals(role)) {
            throw new DomainRuleViolation("error.report.notAllowed");
        }
    }

    private String knownUnit(String unitId) {
        if (unitId == null || !unitNames.containsKey(unitId)) {
            throw new DomainRuleViolation("error.unit.unknown", String.valueOf(unitId));
        }
        return unitId;
    }

    private String knownPeriod(String periodCode) {
        if (periodCode == null || !periodClosed.containsKey(periodCode)) {
            throw new DomainRuleViolation("error.period.unknown", String.valueOf(periodCode));
        }
        return periodCode;
    }

    @EventSourcingHandler
    void on(CampaignCreated event) {
        campaignId = event.campaignId();
        event.periods().forEach(period -> periodClosed.put(period.code(), false));
        event.units().forEach(unit -> unitNames.put(unit.unitId(), unit.name()));
        indicators = event.indicators();
        awardCount = event.awardCount();
        awardName = event.awardName();
    }

    @EventSourcingHandler
    void on(ReportersAssigned event) {
        reporters.put(event.unitId(), new HashSet<>(event.reporters()));
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        reports.put(key(event.unitId(), event.periodCode()),
                new ReportState(event.values(), event.note(), ReportStatus.SUBMITTED));
    }

    @EventSourcingHandler
    void on(ReportVerified event) {
        reports.computeIfPresent(key(event.unitId(), event.periodCode()),
                (key, report) -> new ReportState(event.values(), report.note(), ReportStatus.VERIFIED));
    }

    @EventSourcingHandler
    void on(ReportRejected event) {
        reports.computeIfPresent(key(event.unitId(), event.periodCode()),
                (key, report) -> new ReportState(report.values(), report.note(), ReportStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(PeriodClosed event) {
        periodClosed.put(event.periodCode(), true);
    }

    @EventSourcingHandler
    void on(UnitVetoed event) {
        vetoes.add(key(event.unitId(), event.periodCode()));
    }

    @EventSourcingHandler
    void on(VetoLifted event) {
        vetoes.remove(key(event.unitId(), event.periodCode()));
    }

    @EventSourcingHandler
    void on(CampaignConcluded event) {
        concluded = true;
    }
}
