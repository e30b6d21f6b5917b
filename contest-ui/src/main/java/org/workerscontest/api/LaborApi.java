package org.workerscontest.api;

import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import org.workerscontest.laborcompetition.CampaignDocument;
import org.workerscontest.laborcompetition.Campaigns;
import org.workerscontest.laborcompetition.LaborImports;
import org.workerscontest.laborcompetition.LaborQueries;
import org.workerscontest.laborcompetition.UnitReportDocument;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.api.Role;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Labor competitions: organizers set up campaigns, verify reports, veto and conclude; unit reporters
 * submit and correct their own unit's reports.
 */
@RestController
@RequestMapping("/api/campaigns")
public class LaborApi {

    public record Reporters(List<String> reporters) {
    }

    public record ReportBody(Map<String, BigDecimal> values, String note) {
    }

    public record Reason(String reason) {
    }

    public record Veto(String unitId, String periodCode, String reason) {
    }

    public record Imported(int imported) {
    }

    private final Commands commands;
    private final Campaigns campaigns;
    private final LaborQueries queries;
    private final LaborImports imports;

    public LaborApi(Commands commands, Campaigns campaigns, LaborQueries queries, LaborImports imports) {
        this.commands = commands;
        this.campaigns = campaigns;
        this.queries = queries;
        this.imports = imports;
    }

    private Role currentRole() {
        return Role.valueOf(commands.currentActor().role());
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> create(@RequestBody Campaigns.NewCampaign body,
                                   @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        String id = campaigns.create(body, ContestApi.requestId(key, requestId));
        return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(new Created(id));
    }

    @GetMapping
    List<CampaignDocument> list(Authentication authentication) {
        return campaigns.visibleTo(authentication.getName(), currentRole());
    }

    @GetMapping("/{campaignId}")
    CampaignDocument campaign(@PathVariable String campaignId) {
        return campaigns.existing(campaignId);
    }

    @PutMapping("/{campaignId}/units/{unitId}/reporters")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    CampaignDocument assignReporters(@PathVariable String campaignId, @PathVariable String unitId,
                                     @RequestBody Reporters body) {
        campaigns.existing(campaignId);
        commands.send(new AssignReporters(campaignId, unitId, body.reporters()), null);
        return campaigns.existing(campaignId);
    }

    @GetMapping("/{campaignId}/reports")
    List<UnitReportDocument> reports(@PathVariable String campaignId, Authentication authentication) {
        return campaigns.reportsVisibleTo(campaigns.existing(campaignId), authentication.getName(),
                currentRole());
    }

    @PutMapping("/{campaignId}/reports/{unitId}/{periodCode}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER', 'UNIT_REPORTER')")
    UnitReportDocument submit(@PathVariable String campaignId, @PathVariable String unitId,
                              @PathVariable String periodCode, @RequestBody ReportBody body,
                              @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                              @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        campaigns.existing(campaignId);
        commands.send(new SubmitReport(campaignId, new Report(unitId, periodCode, body.values(), body.note())),
                ContestApi.requestId(key, requestId));
        return report(campaignId, unitId, periodCode);
    }

    @PostMapping("/{campaignId}/reports/{unitId}/{periodCode}/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    UnitReportDocument verify(@PathVariable String campaignId, @PathVariable String unitId,
                              @PathVariable String periodCode) {
        campaigns.existing(campaignId);
        commands.send(new VerifyReport(campaignId, unitId, periodCode), null);
        return report(campaignId, unitId, periodCode);
    }

    @PostMapping("/{campaignId}/reports/{unitId}/{periodCode}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    UnitReportDocument reject(@PathVariable String campaignId, @PathVariable String unitId,
                              @PathVariable String periodCode, @RequestBody Reason body) {
        campaigns.existing(campaignId);
        commands.send(new RejectReport(campaignId, unitId, periodCode, body.reason()), null);
        return report(campaignId, unitId, periodCode);
    }

    private UnitReportDocument report(String campaignId, String unitId, String periodCode) {
        return queries.report(campaignId, unitId, periodCode)
                .orElseThrow(() -> new DomainRuleViolation("error.report.none", unitId, periodCode));
    }

    @PostMapping(value = "/{campaignId}/reports/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    Imported importReports(@PathVariable String campaignId, @RequestParam("file") MultipartFile file,
                           HttpServletRequest request) throws IOException {
        return new Imported(imports.reports(campaigns.existing(campaignId), file.getOriginalFilename(),
                file.getBytes(), ApiProblems.locale(request), null));
    }

    @PostMapping("/{campaignId}/periods/{periodCode}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    CampaignDocument closePeriod(@PathVariable String campaignId, @PathVariable String periodCode) {
        campaigns.existing(campaignId);
        commands.send(new ClosePeriod(campaignId, periodCode), null);
        return campaigns.existing(campaignId);
    }

    @PostMapping("/{campaignId}/vetoes")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    CampaignDocument veto(@PathVariable String campaignId, @RequestBody Veto body) {
        campaigns.existing(campaignId);
        commands.send(new VetoUnit(campaignId, body.unitId(), body.periodCode(), body.reason()), null);
        return campaigns.existing(campaignId);
    }

    @PostMapping("/{campaignId}/vetoes/lift")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    CampaignDocument liftVeto(@PathVariable String campaignId, @RequestBody Veto body) {
        campaigns.existing(campaignId);
        commands.send(new LiftVeto(campaignId, body.unitId(), body.periodCode(), body.reason()), null);
        return campaigns.existing(campaignId);
    }

    @PostMapping("/{campaignId}/conclude")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    LaborQueries.Standings conclude(@PathVariable String campaignId) {
        campaigns.existing(campaignId);
        commands.send(new ConcludeCampaign(campaignId), null);
        return standings(campaignId);
    }

    @GetMapping("/{campaignId}/standings")
    LaborQueries.Standings standings(@PathVariable String campaignId) {
        return queries.standings(campaigns.existing(campaignId));
    }
}
