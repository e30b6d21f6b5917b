package org.workerscontest.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.scoring.api.ScoringMessages.*;
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
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.api.Role;

/**
 * A discipline of a contest with everything that decides its results: marking scheme, panel,
 * competitors and their score sheets, appeals and publication (DOMAIN.md skills contest rules 1–9).
 * One aggregate per discipline, so that a lock, a publication and the marks it depends on are decided
 * together; marks of different disciplines never wait for each other.
 */
@AggregateRoot(type = "Discipline")
public class Discipline {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MIN_JUDGEMENT_PANEL = 3;

    @AggregateIdentifier
    private String disciplineId;
    private String contestId;
    private BigDecimal theoryWeight;
    private BigDecimal practicalWeight;
    private final Map<String, CriterionDefinition> criteria = new LinkedHashMap<>();
    private List<String> judges = List.of();
    private String chiefJudge;
    private Map<String, String> measurementJudges = Map.of();
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final Map<String, Appeal> appeals = new HashMap<>();
    private boolean anyMark;
    private boolean published;

    /** A competitor's score sheet: marks by criterion and judge. */
    private static final class Sheet {
        final String name;
        final String teamId;
        BigDecimal theory;
        final Map<String, Map<String, BigDecimal>> marks = new HashMap<>();
        final Set<String> confirmedFlags = new HashSet<>();
        boolean locked;

        Sheet(String name, String teamId) {
            this.name = name;
            this.teamId = teamId;
        }

        // Value equality lets the test fixture check that sourcing events rebuilds the same state.
        @Override
        public boolean equals(Object other) {
            return other instanceof Sheet sheet && name.equals(sheet.name) && teamId.equals(sheet.teamId)
                    && Objects.equals(theory, sheet.theory) && marks.equals(sheet.marks)
                    && confirmedFlags.equals(sheet.confirmedFlags) && locked == sheet.locked;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, teamId, locked);
        }
    }

    private record Appeal(String competitorId, boolean open) {
    }

    protected Discipline() {
        // for Axon
    }

    @CommandHandler
    public Discipline(DefineDiscipline command, ContestDirectory directory) {
        requireText(command.contestId(), "field.contest.id", 64);
        if (!directory.contestExists(command.contestId())) {
            throw new DomainRuleViolation("error.contest.unknown", command.contestId());
        }
        String code = requireText(command.code(), "field.discipline.code", MAX_CODE);
        if (!CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("error.discipline.codeInvalid", code);
        }
        if (!command.disciplineId().equals(disciplineId(command.contestId(), code))) {
            throw new IllegalArgumentException("Discipline id must be contest id and code");
        }
        String name = requireText(command.name(), "field.discipline.name", MAX_NAME);
        BigDecimal theoryWeight = requirePresent(command.theoryWeight(), "field.discipline.theoryWeight");
        BigDecimal practicalWeight = requirePresent(command.practicalWeight(), "field.discipline.practicalWeight");
        if (theoryWeight.signum() < 0 || practicalWeight.signum() < 0
                || theoryWeight.add(practicalWeight).compareTo(BigDecimal.ONE) != 0) {
            throw new DomainRuleViolation("error.discipline.weights", theoryWeight, practicalWeight);
        }
        apply(new DisciplineDefined(command.disciplineId(), command.contestId(), code, name, theoryWeight,
                practicalWeight, validCriteria(command.criteria())));
    }

    private static List<CriterionDefinition> validCriteria(List<CriterionDefinition> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new DomainRuleViolation("error.discipline.noCriteria");
        }
        Set<String> codes = new HashSet<>();
        List<CriterionDefinition> valid = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionDefinition criterion : criteria) {
            String code = requireText(criterion.code(), "field.criterion.code", MAX_CODE);
            if (!CODE.matcher(code).matches()) {
                throw new DomainRuleViolation("error.criterion.codeInvalid", code);
            }
            if (!codes.add(code)) {
                throw new DomainRuleViolation("error.criterion.duplicate", code);
            }
            String name = requireText(criterion.name(), "field.criterion.name", MAX_NAME);
            requirePresent(criterion.kind(), "field.criterion.kind");
            BigDecimal maxMark = requirePresent(criterion.maxMark(), "field.criterion.maxMark");
            if (maxMark.signum() <= 0 || maxMark.compareTo(HUNDRED) > 0 || !ScoringRules.hasAtMostTwoDecimals(maxMark)) {
                throw new DomainRuleViolation("error.criterion.maxMarkInvalid", code, maxMark.toPlainString());
            }
            sum = sum.add(maxMark);
            valid.add(new CriterionDefinition(code, name, criterion.kind(), maxMark));
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new DomainRuleViolation("error.criteria.sumNot100", sum.stripTrailingZeros().toPlainString());
        }
        return valid;
    }

    @CommandHandler
    public void handle(AssignPanel command, ContestDirectory directory) {
        if (anyMark) {
            throw new DomainRuleViolation("error.panel.marksEntered");
        }
        List<String> panel = new ArrayList<>(new LinkedHashSet<>(requirePresent(command.judges(), "field.panel.judges")));
        if (panel.size() != command.judges().size()) {
            throw new DomainRuleViolation("error.panel.duplicateJudge");
        }
        for (String judge : panel) {
            if (directory.roleOf(judge).orElse(null) != Role.JUDGE) {
                throw new DomainRuleViolation("error.panel.notAJudge", judge);
            }
        }
        String chief = requireText(command.chiefJudge(), "field.panel.chiefJudge", 32);
        if (directory.roleOf(chief).orElse(null) != Role.CHIEF_JUDGE) {
            throw new DomainRuleViolation("error.panel.notAChiefJudge", chief);
        }
        boolean judged = criteria.values().stream().anyMatch(criterion -> criterion.kind() == CriterionKind.JUDGEMENT);
        if (panel.isEmpty() || judged && panel.size() < MIN_JUDGEMENT_PANEL) {
            throw new DomainRuleViolation("error.panel.tooFewJudges", MIN_JUDGEMENT_PANEL, panel.size());
        }
        Map<String, String> assignments = command.measurementJudges() == null ? Map.of()
                : new LinkedHashMap<>(command.measurementJudges());
        assignments.forEach((criterionCode, judge) -> {
            CriterionDefinition criterion = criteria.get(criterionCode);
            if (criterion == null || criterion.kind() != CriterionKind.MEASUREMENT) {
                throw new DomainRuleViolation("error.panel.notAMeasurement", criterionCode);
            }
            if (!panel.contains(judge)) {
                throw new DomainRuleViolation("error.panel.assigneeNotOnPanel", judge, criterionCode);
            }
        });
        apply(new PanelAssigned(disciplineId, contestId, List.copyOf(panel), chief, Map.copyOf(assignments)));
    }

    @CommandHandler
    public String handle(RegisterCompetitor command, ContestDirectory directory) {
        String competitorId = requireText(command.competitorId(), "field.competitor.id", 64);
        if (sheets.containsKey(competitorId)) {
            throw new DomainRuleViolation("error.competitor.idTaken", competitorId);
        }
        String name = requireText(command.name(), "field.competitor.name", 30);
        String teamId = requireText(command.teamId(), "field.competitor.team", 64);
        String teamName = directory.activeTeamName(contestId, teamId)
                .orElseThrow(() -> new DomainRuleViolation("error.competitor.teamNotActive", teamId));
        String employer = optionalText(command.employer(), "field.competitor.employer", MAX_EMPLOYER);
        apply(new CompetitorRegistered(disciplineId, contestId, competitorId, sheets.size() + 1, name, teamId,
                teamName, employer));
        return competitorId;
    }

    /** Events applied by one handler are stored together, so a refusal part-way stores none of them. */
    @CommandHandler
    public void handle(RegisterCompetitors command, ContestDirectory directory) {
        requirePresent(command.competitors(), "field.competitor.name");
        for (NewCompetitor competitor : command.competitors()) {
            handle(new RegisterCompetitor(disciplineId, competitor.competitorId(), competitor.name(),
                    competitor.teamId(), competitor.employer()), directory);
        }
    }

    @CommandHandler
    public void handle(RecordTheoryScore command) {
        Sheet sheet = openSheet(command.competitorId());
        BigDecimal score = requirePresent(command.score(), "field.competitor.theory");
        if (score.signum() < 0 || score.compareTo(HUNDRED) > 0 || !ScoringRules.hasAtMostTwoDecimals(score)) {
            throw new DomainRuleViolation("error.theory.outOfRange", score.toPlainString());
        }
        if (sheet.theory == null || sheet.theory.compareTo(score) != 0) {
            apply(new TheoryScoreRecorded(disciplineId, contestId, command.competitorId(), score, sheet.theory));
        }
    }

    @CommandHandler
    public void handle(RecordTheoryScores command) {
        requirePresent(command.scores(), "field.competitor.theory");
        command.scores().forEach((competitorId, score) -> handle(new RecordTheoryScore(disciplineId, competitorId, score)));
    }

    @CommandHandler
    public MarkReceipt handle(EnterMark command, @MetaDataValue(CommandMetadata.USER) String judge) {
        if (judges.isEmpty()) {
            throw new DomainRuleViolation("error.mark.noPanel");
        }
        if (!judges.contains(judge)) {
            throw new DomainRuleViolation("error.mark.notOnPanel", judge);
        }
        CriterionDefinition criterion = criterion(command.criterionCode());
        String assignee = measurementJudges.get(criterion.code());
        if (assignee != null && !assignee.equals(judge)) {
            throw new DomainRuleViolation("error.mark.notYourCriterion", criterion.code(), assignee);
        }
        Sheet sheet = openSheet(command.competitorId());
        BigDecimal value = validMark(criterion, command.value());
        BigDecimal previous = sheet.marks.getOrDefault(criterion.code(), Map.of()).get(judge);
        MarkChange change = MarkChange.UNCHANGED;
        if (previous == null) {
            apply(new MarkEntered(disciplineId, contestId, command.competitorId(), criterion.code(), judge, value));
            change = MarkChange.ENTERED;
        } else if (previous.compareTo(value) != 0) {
            String reason = optionalText(command.reason(), "field.reason", MAX_REASON);
            if (reason == null) {
                throw new DomainRuleViolation("error.mark.reasonRequired", criterion.code());
            }
            apply(new MarkRevised(disciplineId, contestId, command.competitorId(), criterion.code(), judge, previous,
                    value, reason));
            change = MarkChange.REVISED;
        }
        // The event sourcing handlers have run: the sheet holds the new mark.
        return new MarkReceipt(command.competitorId(), criterion.code(), judge,
                sheet.marks.get(criterion.code()).get(judge), change, isFlagged(sheet, criterion.code()));
    }

    private static BigDecimal validMark(CriterionDefinition criterion, BigDecimal value) {
        requirePresent(value, "field.mark.value");
        if (criterion.kind() == CriterionKind.JUDGEMENT) {
            BigDecimal whole = value.stripTrailingZeros();
            if (whole.scale() > 0 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(ScoringRules.JUDGEMENT_MAX_SCORE)) > 0) {
                throw new DomainRuleViolation("error.mark.judgementScore", criterion.code(), value.toPlainString());
            }
            return BigDecimal.valueOf(value.intValue());
        }
        if (value.signum() < 0 || value.compareTo(criterion.maxMark()) > 0 || !ScoringRules.hasAtMostTwoDecimals(value)) {
            throw new DomainRuleViolation("error.mark.outOfRange", criterion.code(),
                    criterion.maxMark().toPlainString(), value.toPlainString());
        }
        return value;
    }

    @CommandHandler
    public void handle(ConfirmFlag command, @MetaDataValue(CommandMetadata.USER) String user) {
        requireChiefJudge(user);
        Sheet sheet = openSheet(command.competitorId());
        CriterionDefinition criterion = criterion(command.criterionCode());
        if (!isFlagged(sheet, criterion.code()) || sheet.confirmedFlags.contains(criterion.code())) {
            throw new DomainRuleViolation("error.sheet.notFlagged", criterion.code());
        }
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        apply(new FlagConfirmed(disciplineId, contestId, command.competitorId(), criterion.code(), reason));
    }

    @CommandHandler
    public void handle(LockSheet command, @MetaDataValue(CommandMetadata.USER) String user) {
        requireChiefJudge(user);
        Sheet sheet = openSheet(command.competitorId());
        if (sheet.theory == null) {
            throw new DomainRuleViolation("error.sheet.theoryMissing", sheet.name);
        }
        int missing = ScoreSheets.missingMarks(criteria.values(), judges, sheet.marks);
        if (missing > 0) {
            throw new DomainRuleViolation("error.sheet.incomplete", sheet.name, missing);
        }
        for (String code : ScoreSheets.flaggedCriteria(criteria.values(), sheet.marks)) {
            if (!sheet.confirmedFlags.contains(code)) {
                throw new DomainRuleViolation("error.sheet.flagged", sheet.name, code);
            }
        }
        BigDecimal practical = ScoreSheets.practical(criteria.values(), sheet.marks);
        apply(new SheetLocked(disciplineId, contestId, command.competitorId(), sheet.theory, ScoringRules.round(practical),
                ScoringRules.total(sheet.theory, practical, theoryWeight, practicalWeight)));
    }

    @CommandHandler
    public void handle(ReopenSheet command, @MetaDataValue(CommandMetadata.USER) String user) {
        requireChiefJudge(user);
        Sheet sheet = sheet(command.competitorId());
        if (!sheet.locked) {
            throw new DomainRuleViolation("error.sheet.notLocked", sheet.name);
        }
        reopen(command.competitorId(), requireText(command.reason(), "field.reason", MAX_REASON));
    }

    private void reopen(String competitorId, String reason) {
        apply(new SheetReopened(disciplineId, contestId, competitorId, reason));
        if (published) {
            apply(new ResultsUnpublished(disciplineId, contestId, competitorId));
        }
    }

    @CommandHandler
    public void handle(FileAppeal command) {
        String appealId = requireText(command.appealId(), "field.appeal.id", 64);
        if (appeals.containsKey(appealId)) {
            throw new DomainRuleViolation("error.appeal.idTaken", appealId);
        }
        Sheet sheet = sheet(command.competitorId());
        if (appeals.values().stream().anyMatch(appeal -> appeal.open() && appeal.competitorId().equals(command.competitorId()))) {
            throw new DomainRuleViolation("error.appeal.alreadyOpen", sheet.name);
        }
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        apply(new AppealFiled(disciplineId, contestId, appealId, command.competitorId(), sheet.teamId, reason));
    }

    @CommandHandler
    public void handle(UpholdAppeal command, @MetaDataValue(CommandMetadata.USER) String user) {
        requireChiefJudge(user);
        Appeal appeal = openAppeal(command.appealId());
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        apply(new AppealUpheld(disciplineId, contestId, command.appealId(), appeal.competitorId(), reason));
        if (sheets.get(appeal.competitorId()).locked) {
            reopen(appeal.competitorId(), reason);
        }
    }

    @CommandHandler
    public void handle(DismissAppeal command, @MetaDataValue(CommandMetadata.USER) String user) {
        requireChiefJudge(user);
        Appeal appeal = openAppeal(command.appealId());
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        apply(new AppealDismissed(disciplineId, contestId, command.appealId(), appeal.competitorId(), reason));
    }

    @CommandHandler
    public void handle(PublishResults command) {
        if (sheets.isEmpty()) {
            throw new DomainRuleViolation("error.publish.noCompetitors");
        }
        long unlocked = sheets.values().stream().filter(sheet -> !sheet.locked).count();
        if (unlocked > 0) {
            throw new DomainRuleViolation("error.publish.unlockedSheets", unlocked);
        }
        long openAppeals = appeals.values().stream().filter(Appeal::open).count();
        if (openAppeals > 0) {
            throw new DomainRuleViolation("error.publish.openAppeals", openAppeals);
        }
        if (!published) {
            apply(new ResultsPublished(disciplineId, contestId));
        }
    }

    // Helpers used by the decisions above

    private void requireChiefJudge(String user) {
        if (chiefJudge == null || !chiefJudge.equals(user)) {
            throw new DomainRuleViolation("error.sheet.notChiefJudge");
        }
    }

    private CriterionDefinition criterion(String code) {
        CriterionDefinition criterion = code == null ? null : criteria.get(code);
        if (criterion == null) {
            throw new DomainRuleViolation("error.criterion.unknown", String.valueOf(code));
        }
        return criterion;
    }

    private Sheet sheet(String competitorId) {
        Sheet sheet = competitorId == null ? null : sheets.get(competitorId);
        if (sheet == null) {
            throw new DomainRuleViolation("error.competitor.unknown", String.valueOf(competitorId));
        }
        return sheet;
    }

    private Sheet openSheet(String competitorId) {
        Sheet sheet = sheet(competitorId);
        if (sheet.locked) {
            throw new DomainRuleViolation("error.sheet.locked", sheet.name);
        }
        return sheet;
    }

    private Appeal openAppeal(String appealId) {
        Appeal appeal = appealId == null ? null : appeals.get(appealId);
        if (appeal == null) {
            throw new DomainRuleViolation("error.appeal.unknown", String.valueOf(appealId));
        }
        if (!appeal.open()) {
            throw new DomainRuleViolation("error.appeal.closed");
        }
        return appeal;
    }

    private boolean isFlagged(Sheet sheet, String criterionCode) {
        return ScoreSheets.flaggedCriteria(List.of(criteria.get(criterionCode)), sheet.marks).contains(criterionCode);
    }

    // State changes

    @EventSourcingHandler
    void on(DisciplineDefined event) {
        disciplineId = event.disciplineId();
        contestId = event.contestId();
        theoryWeight = event.theoryWeight();
        practicalWeight = event.practicalWeight();
        event.criteria().forEach(criterion -> criteria.put(criterion.code(), criterion));
    }

    @EventSourcingHandler
    void on(PanelAssigned event) {
        judges = event.judges();
        chiefJudge = event.chiefJudge();
        measurementJudges = event.measurementJudges();
    }

    @EventSourcingHandler
    void on(CompetitorRegistered event) {
        sheets.put(event.competitorId(), new Sheet(event.name(), event.teamId()));
    }

    @EventSourcingHandler
    void on(TheoryScoreRecorded event) {
        sheets.get(event.competitorId()).theory = event.score();
    }

    @EventSourcingHandler
    void on(MarkEntered event) {
        recordMark(event.competitorId(), event.criterionCode(), event.judge(), event.value());
    }

    @EventSourcingHandler
    void on(MarkRevised event) {
        recordMark(event.competitorId(), event.criterionCode(), event.judge(), event.value());
    }

    private void recordMark(String competitorId, String criterionCode, String judge, BigDecimal value) {
        anyMark = true;
        Sheet sheet = sheets.get(competitorId);
        sheet.marks.computeIfAbsent(criterionCode, code -> new HashMap<>()).put(judge, value);
        // A confirmation covers the scores the chief judge saw; changed scores need a new look.
        sheet.confirmedFlags.remove(criterionCode);
    }

    @EventSourcingHandler
    void on(FlagConfirmed event) {
        sheets.get(event.competitorId()).confirmedFlags.add(event.criterionCode());
    }

    @EventSourcingHandler
    void on(SheetLocked event) {
        sheets.get(event.competitorId()).locked = true;
    }

    @EventSourcingHandler
    void on(SheetReopened event) {
        sheets.get(event.competitorId()).locked = false;
    }

    @EventSourcingHandler
    void on(AppealFiled event) {
        appeals.put(event.appealId(), new Appeal(event.competitorId(), true));
    }

    @EventSourcingHandler
    void on(AppealUpheld event) {
        appeals.put(event.appealId(), new Appeal(event.competitorId(), false));
    }

    @EventSourcingHandler
    void on(AppealDismissed event) {
        appeals.put(event.appealId(), new Appeal(event.competitorId(), false));
    }

    @EventSourcingHandler
    void on(ResultsPublished event) {
        published = true;
    }

    @EventSourcingHandler
    void on(ResultsUnpublished event) {
        published = false;
    }
}
