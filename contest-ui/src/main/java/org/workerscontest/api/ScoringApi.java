package org.workerscontest.api;

import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.api.ContestApi.Created;
import org.workerscontest.audit.AuditQueries;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.scoring.AppealDocument;
import org.workerscontest.scoring.CompetitorDocument;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.DisciplineSetUp;
import org.workerscontest.scoring.ResultExports;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.Prize;
import org.workerscontest.shared.DomainRuleViolation;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Skills contest scoring: set-up by organizers, marks by judges, control by the chief judge, and
 * results for everyone signed in. The judge of a mark is the authenticated user.
 */
@RestController
@RequestMapping("/api/contests/{contestId}")
public class ScoringApi {

    public record NewDiscipline(String code, String name, BigDecimal theoryWeight, BigDecimal practicalWeight,
                                List<CriterionDefinition> criteria) {
    }

    public record Panel(List<String> judges, String chiefJudge, Map<String, String> measurementJudges) {
    }

    public record NewCompetitor(String name, String teamId, String disciplineCode, String employer) {
    }

    public record Score(BigDecimal score) {
    }

    public record MarkValue(BigDecimal value, String reason) {
    }

    public record Reason(String reason) {
    }

    public record ResultRowView(int rank, String competitorId, String name, String teamId, String team,
                                BigDecimal theory, BigDecimal practical, BigDecimal total, Prize prize) {
    }

    public record ResultsView(boolean published, List<ResultRowView> rows) {
    }

    public record HistoryEntry(Instant at, String user, String role, String requestId, String type,
                               Map<String, Object> details) {
    }

    private final Commands commands;
    private final ScoringQueries scoring;
    private final ContestQueries contests;
    private final AuditQueries audit;
    private final DisciplineSetUp setUp;
    private final ResultExports exports;

    public ScoringApi(Commands commands, ScoringQueries scoring, ContestQueries contests, AuditQueries audit,
                      DisciplineSetUp setUp, ResultExports exports) {
        this.setUp = setUp;
        this.exports = exports;
        this.commands = commands;
        this.scoring = scoring;
        this.contests = contests;
        this.audit = audit;
    }

    @PostMapping("/disciplines")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> defineDiscipline(@PathVariable String contestId, @RequestBody NewDiscipline body,
                                             @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                                             @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        String code = body.code() == null ? "" : body.code().strip();
        setUp.define(new DefineDiscipline(disciplineId(contestId, code), contestId, code, body.name(),
                body.theoryWeight(), body.practicalWeight(), body.criteria()), ContestApi.requestId(key, requestId));
        return ResponseEntity.created(URI.create("/api/contests/" + contestId + "/disciplines/" + code))
                .body(new Created(code));
    }

    @GetMapping("/disciplines")
    List<DisciplineDocument> disciplines(@PathVariable String contestId) {
        return scoring.disciplines(contestId);
    }

    @GetMapping("/disciplines/{code}")
    DisciplineDocument discipline(@PathVariable String contestId, @PathVariable String code) {
        return existingDiscipline(contestId, code);
    }

    @PutMapping("/disciplines/{code}/panel")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    DisciplineDocument assignPanel(@PathVariable String contestId, @PathVariable String code, @RequestBody Panel body,
                                   @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        DisciplineDocument discipline = existingDiscipline(contestId, code);
        commands.send(new AssignPanel(discipline.id(), body.judges(), body.chiefJudge(), body.measurementJudges()),
                ContestApi.requestId(key, requestId));
        return existingDiscipline(contestId, code);
    }

    @PostMapping("/competitors")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> registerCompetitor(@PathVariable String contestId, @RequestBody NewCompetitor body,
                                               @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                                               @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        DisciplineDocument discipline = existingDiscipline(contestId, body.disciplineCode());
        String id = commands.send(new RegisterCompetitor(discipline.id(), UUID.randomUUID().toString(), body.name(),
                body.teamId(), body.employer()), ContestApi.requestId(key, requestId));
        return ResponseEntity.created(URI.create("/api/contests/" + contestId + "/competitors/" + id))
                .body(new Created(id));
    }

    @GetMapping("/disciplines/{code}/competitors")
    List<CompetitorDocument> competitors(@PathVariable String contestId, @PathVariable String code) {
        return scoring.competitors(existingDiscipline(contestId, code).id());
    }

    /** One score sheet as it stands: what a judge's tablet reloads after a mark. */
    @GetMapping("/competitors/{competitorId}")
    CompetitorDocument competitor(@PathVariable String contestId, @PathVariable String competitorId) {
        return existingCompetitor(contestId, competitorId);
    }

    @PutMapping("/competitors/{competitorId}/theory")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    CompetitorDocument recordTheory(@PathVariable String contestId, @PathVariable String competitorId,
                                    @RequestBody Score body) {
        CompetitorDocument competitor = existingCompetitor(contestId, competitorId);
        commands.send(new RecordTheoryScore(competitor.disciplineId(), competitorId, body.score()), null);
        return existingCompetitor(contestId, competitorId);
    }

    /**
     * The authenticated judge's mark. The answer is the discipline's own receipt, given as soon as the mark is
     * stored; the sheet read model ({@code GET .../competitors/{id}}) shows it a moment later.
     */
    @PutMapping("/competitors/{competitorId}/marks/{criterionCode}")
    @PreAuthorize("hasRole('JUDGE')")
    MarkReceipt enterMark(@PathVariable String contestId, @PathVariable String competitorId,
                          @PathVariable String criterionCode, @RequestBody MarkValue body,
                          @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                          @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        String disciplineId = scoring.placement(competitorId).filter(placement -> placement.contestId().equals(contestId))
                .orElseThrow(() -> new DomainRuleViolation("error.competitor.unknown", competitorId)).disciplineId();
        return commands.submit(new EnterMark(disciplineId, competitorId, criterionCode, body.value(), body.reason()),
                ContestApi.requestId(key, requestId));
    }

    @PostMapping("/competitors/{competitorId}/flags/{criterionCode}/confirm")
    @PreAuthorize("hasRole('CHIEF_JUDGE')")
    CompetitorDocument confirmFlag(@PathVariable String contestId, @PathVariable String competitorId,
                                   @PathVariable String criterionCode, @RequestBody Reason body) {
        CompetitorDocument competitor = existingCompetitor(contestId, competitorId);
        commands.send(new ConfirmFlag(competitor.disciplineId(), competitorId, criterionCode, body.reason()), null);
        return existingCompetitor(contestId, competitorId);
    }

    @PostMapping("/competitors/{competitorId}/lock")
    @PreAuthorize("hasRole('CHIEF_JUDGE')")
    CompetitorDocument lock(@PathVariable String contestId, @PathVariable String competitorId) {
        CompetitorDocument competitor = existingCompetitor(contestId, competitorId);
        commands.send(new LockSheet(competitor.disciplineId(), competitorId), null);
        return existingCompetitor(contestId, competitorId);
    }

    @PostMapping("/competitors/{competitorId}/reopen")
    @PreAuthorize("hasRole('CHIEF_JUDGE')")
    CompetitorDocument reopen(@PathVariable String contestId, @PathVariable String competitorId,
                              @RequestBody(required = false) Reason body) {
        CompetitorDocument competitor = existingCompetitor(contestId, competitorId);
        commands.send(new ReopenSheet(competitor.disciplineId(), competitorId, body == null ? null : body.reason()), null);
        return existingCompetitor(contestId, competitorId);
    }

    @PostMapping("/competitors/{competitorId}/appeals")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> fileAppeal(@PathVariable String contestId, @PathVariable String competitorId,
                                       @RequestBody Reason body) {
        CompetitorDocument competitor = existingCompetitor(contestId, competitorId);
        String appealId = UUID.randomUUID().toString();
        commands.send(new FileAppeal(competitor.disciplineId(), appealId, competitorId, body.reason()), null);
        return ResponseEntity.created(URI.create("/api/contests/" + contestId + "/appeals/" + appealId))
                .body(new Created(appealId));
    }

    @GetMapping("/appeals")
    List<AppealDocument> appeals(@PathVariable String contestId) {
        return scoring.appeals(contestId);
    }

    @PostMapping("/appeals/{appealId}/uphold")
    @PreAuthorize("hasRole('CHIEF_JUDGE')")
    AppealDocument uphold(@PathVariable String contestId, @PathVariable String appealId, @RequestBody Reason body) {
        AppealDocument appeal = existingAppeal(contestId, appealId);
        commands.send(new UpholdAppeal(appeal.disciplineId(), appealId, body.reason()), null);
        return existingAppeal(contestId, appealId);
    }

    @PostMapping("/appeals/{appealId}/dismiss")
    @PreAuthorize("hasRole('CHIEF_JUDGE')")
    AppealDocument dismiss(@PathVariable String contestId, @PathVariable String appealId, @RequestBody Reason body) {
        AppealDocument appeal = existingAppeal(contestId, appealId);
        commands.send(new DismissAppeal(appeal.disciplineId(), appealId, body.reason()), null);
        return existingAppeal(contestId, appealId);
    }

    @PostMapping("/disciplines/{code}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResultsView publish(@PathVariable String contestId, @PathVariable String code) {
        DisciplineDocument discipline = existingDiscipline(contestId, code);
        commands.send(new PublishResults(discipline.id()), null);
        return results(contestId, code);
    }

    @GetMapping("/disciplines/{code}/results")
    ResultsView results(@PathVariable String contestId, @PathVariable String code) {
        ScoringQueries.Results results = scoring.results(existingDiscipline(contestId, code).id());
        return new ResultsView(results.published(), results.rows().stream()
                .map(row -> new ResultRowView(row.rank(), row.competitorId(), row.name(), row.teamId(), row.team(),
                        row.theory(), row.practical(), row.total(), row.prize()))
                .toList());
    }

    @GetMapping("/standings")
    List<ScoringQueries.TeamStandingRow> standings(@PathVariable String contestId) {
        return scoring.standings(contestId, contests.existingContest(contestId).activeTeamNames());
    }

    @GetMapping({"/standings.xlsx", "/standings.csv"})
    ResponseEntity<byte[]> exportStandings(@PathVariable String contestId, HttpServletRequest request) {
        ContestDocument contest = contests.existingContest(contestId);
        ResultExports.Table table = exports.standings(contest.name(), standings(contestId), ApiProblems.locale(request));
        return file(table, contest.name() + "-团体排名", request.getRequestURI().endsWith(".csv"));
    }

    @GetMapping({"/disciplines/{code}/results.xlsx", "/disciplines/{code}/results.csv"})
    ResponseEntity<byte[]> exportResults(@PathVariable String contestId, @PathVariable String code,
                                         HttpServletRequest request) {
        DisciplineDocument discipline = existingDiscipline(contestId, code);
        ResultExports.Table table = exports.results(discipline, scoring.results(discipline.id()),
                ApiProblems.locale(request));
        return file(table, discipline.name() + "-成绩", request.getRequestURI().endsWith(".csv"));
    }

    private ResponseEntity<byte[]> file(ResultExports.Table table, String name, boolean csv) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(name + (csv ? ".csv" : ".xlsx"), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(csv ? exports.csv(table) : exports.xlsx(table));
    }


    @GetMapping("/competitors/{competitorId}/history")
    List<HistoryEntry> history(@PathVariable String contestId, @PathVariable String competitorId) {
        existingCompetitor(contestId, competitorId);
        return audit.competitorHistory(competitorId).stream()
                .map(entry -> new HistoryEntry(entry.at(), entry.user(), entry.role(), entry.requestId(),
                        entry.type(), entry.details()))
                .toList();
    }

    private DisciplineDocument existingDiscipline(String contestId, String code) {
        return scoring.discipline(disciplineId(contestId, code == null ? "" : code.strip()))
                .orElseThrow(() -> new DomainRuleViolation("error.discipline.unknown", String.valueOf(code)));
    }

    private CompetitorDocument existingCompetitor(String contestId, String competitorId) {
        return scoring.competitor(competitorId).filter(competitor -> competitor.contestId().equals(contestId))
                .orElseThrow(() -> new DomainRuleViolation("error.competitor.unknown", competitorId));
    }

    private AppealDocument existingAppeal(String contestId, String appealId) {
        return scoring.appeals(contestId).stream().filter(appeal -> appeal.id().equals(appealId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("error.appeal.unknown", appealId));
    }
}
