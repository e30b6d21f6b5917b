package org.workerscontest.api;

import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workerscontest.api.ContestApi.Created;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.Innovation;
import org.workerscontest.innovation.InnovationExports;
import org.workerscontest.innovation.InnovationImports;
import org.workerscontest.innovation.InnovationQueries;
import org.workerscontest.innovation.InnovationQueries.Filter;
import org.workerscontest.innovation.StudioDocument;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerQueries;
import org.workerscontest.worker.api.Gender;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Workers' records, innovation results and studios: organizers record, evaluate and adopt; everyone
 * signed in searches and reads the statistics.
 */
@RestController
@RequestMapping("/api")
public class InnovationApi {

    public record NewWorker(String name, Gender gender, String unit, String region, String position,
                            boolean frontLine) {
    }

    public record Evaluation(Grade grade, String comments) {
    }

    public record Adoption(BigDecimal verifiedBenefit, String comments) {
    }

    public record Reason(String reason) {
    }

    public record NewStudio(String name, ContestLevel level, String leaderId, String unit, List<String> memberIds,
                            LocalDate namedOn) {
    }

    private final Commands commands;
    private final Innovation innovation;
    private final InnovationQueries queries;
    private final WorkerQueries workers;
    private final InnovationExports exports;
    private final InnovationImports imports;

    public InnovationApi(Commands commands, Innovation innovation, InnovationQueries queries, WorkerQueries workers,
                         InnovationExports exports, InnovationImports imports) {
        this.imports = imports;
        this.commands = commands;
        this.innovation = innovation;
        this.queries = queries;
        this.workers = workers;
        this.exports = exports;
    }

    @PostMapping("/workers")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> registerWorker(@RequestBody NewWorker body,
                                           @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key) {
        String id = innovation.registerWorker(body.name(), body.gender(), body.unit(), body.region(), body.position(),
                body.frontLine(), key);
        return ResponseEntity.created(URI.create("/api/workers/" + id)).body(new Created(id));
    }

    @GetMapping("/workers")
    List<WorkerDocument> workers() {
        return workers.workers();
    }

    @PostMapping("/innovation/results")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> record(@RequestBody ResultDetails body,
                                   @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key) {
        String id = innovation.record(body, key);
        return ResponseEntity.created(URI.create("/api/innovation/results/" + id)).body(new Created(id));
    }

    @GetMapping("/innovation/results")
    List<Innovation.ResultView> search(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) ResultKind kind,
                                       @RequestParam(required = false) Grade grade,
                                       @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String region,
                                       @RequestParam(required = false) String unit) {
        return innovation.views(queries.search(new Filter(q, kind, grade, year, region, unit)));
    }

    public record Imported(int imported) {
    }

    @PostMapping(value = "/innovation/results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Imported importResults(@RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
        return new Imported(imports.results(file.getOriginalFilename(), file.getBytes(), ApiProblems.locale(request),
                null));
    }

    @GetMapping("/innovation/results/{resultId}")
    Innovation.ResultView result(@PathVariable String resultId) {
        return innovation.view(innovation.existing(resultId));
    }

    @PutMapping("/innovation/results/{resultId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Innovation.ResultView edit(@PathVariable String resultId, @RequestBody ResultDetails body) {
        innovation.existing(resultId);
        commands.send(new EditResult(resultId, body), null);
        return result(resultId);
    }

    @PostMapping("/innovation/results/{resultId}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Innovation.ResultView withdraw(@PathVariable String resultId, @RequestBody Reason body) {
        innovation.existing(resultId);
        commands.send(new WithdrawResult(resultId, body.reason()), null);
        return result(resultId);
    }

    @PostMapping("/innovation/results/{resultId}/evaluate")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Innovation.ResultView evaluate(@PathVariable String resultId, @RequestBody Evaluation body) {
        innovation.existing(resultId);
        commands.send(new EvaluateResult(resultId, body.grade(), body.comments()), null);
        return result(resultId);
    }

    @PostMapping("/innovation/results/{resultId}/adopt")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Innovation.ResultView adopt(@PathVariable String resultId, @RequestBody Adoption body) {
        innovation.existing(resultId);
        commands.send(new AdoptResult(resultId, body.verifiedBenefit(), body.comments()), null);
        return result(resultId);
    }

    @PostMapping("/innovation/studios")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> nameStudio(@RequestBody NewStudio body,
                                       @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key) {
        String id = innovation.nameStudio(body.name(), body.level(), body.leaderId(), body.unit(), body.memberIds(),
                body.namedOn(), key);
        return ResponseEntity.created(URI.create("/api/innovation/studios/" + id)).body(new Created(id));
    }

    @GetMapping("/innovation/studios")
    List<StudioDocument> studios() {
        return queries.studios();
    }

    @GetMapping("/innovation/studios/{studioId}")
    Innovation.StudioView studio(@PathVariable String studioId) {
        return innovation.studio(studioId);
    }

    @GetMapping("/innovation/statistics.xlsx")
    ResponseEntity<byte[]> exportStatistics(@RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String region, HttpServletRequest request) {
        byte[] workbook = exports.xlsx(statistics(year, region), ApiProblems.locale(request));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("innovation-statistics" + (year == null ? "" : "-" + year) + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }

    @GetMapping("/innovation/statistics")
    InnovationQueries.Statistics statistics(@RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String region) {
        return queries.statistics(new Filter(null, null, null, year, region, null));
    }
}
