package org.workerscontest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.Certificates;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.api.HonourMessages;
import org.workerscontest.innovation.Innovation;
import org.workerscontest.innovation.InnovationQueries;
import org.workerscontest.innovation.InnovationResultDocument;
import org.workerscontest.laborcompetition.CampaignDocument;
import org.workerscontest.laborcompetition.LaborQueries;
import org.workerscontest.publicview.FeedStreams;
import org.workerscontest.publicview.ObjectionLimit;
import org.workerscontest.publicview.PublicRateLimiter;
import org.workerscontest.publicview.PublicResults;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.Formats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** What anyone may read without logging in (DOMAIN.md rule 9); rate-limited per client. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Public results", description = "No login. Published results only; rate-limited per client.")
class PublicApi {

    /** A campaign's standings as anyone may see them: computed from verified reports only. */
    public record PublicCampaign(String id, String name, String theme, String organizer, boolean concluded,
                                 String awardName, LaborQueries.Standings standings) {
    }

    private final PublicResults results;
    private final LaborQueries labor;
    private final Innovation innovation;
    private final InnovationQueries innovationQueries;
    private final HonourQueries honours;
    private final Certificates certificates;
    private final Commands commands;
    private final FeedStreams streams;
    private final PublicRateLimiter limiter;
    private final ObjectionLimit objectionLimit;

    PublicApi(PublicResults results, LaborQueries labor, Innovation innovation, InnovationQueries innovationQueries,
              HonourQueries honours, Certificates certificates, Commands commands, FeedStreams streams,
              PublicRateLimiter limiter, ObjectionLimit objectionLimit) {
        this.results = results;
        this.honours = honours;
        this.certificates = certificates;
        this.commands = commands;
        this.innovation = innovation;
        this.innovationQueries = innovationQueries;
        this.labor = labor;
        this.streams = streams;
        this.limiter = limiter;
        this.objectionLimit = objectionLimit;
    }

    @GetMapping("/contests/{contestId}/results")
    @Operation(summary = "Results of the published disciplines, progress of the others, and the team standings")
    PublicResults.Contest results(@PathVariable String contestId) {
        return results.of(contestId).orElseThrow(() -> new DomainRuleViolation("error.contest.unknown", contestId));
    }

    @GetMapping("/campaigns/{campaignId}/standings")
    @Operation(summary = "A labor competition's standings per period and overall, from verified reports")
    PublicCampaign campaign(@PathVariable String campaignId) {
        CampaignDocument campaign = labor.campaign(campaignId)
                .orElseThrow(() -> new DomainRuleViolation("error.campaign.unknown", campaignId));
        return new PublicCampaign(campaign.id(), campaign.name(), campaign.theme(), campaign.organizer(),
                campaign.concluded(), campaign.awardName(), labor.standings(campaign));
    }

    @GetMapping("/innovation/results")
    @Operation(summary = "Workers' innovation results that were graded or adopted")
    List<Innovation.ResultView> innovationResults() {
        return innovation.views(innovationQueries.search(InnovationQueries.Filter.all()).stream()
                .filter(InnovationResultDocument::publiclyListed).toList());
    }

    @GetMapping("/innovation/studios")
    @Operation(summary = "Named innovation studios with their results and verified benefit")
    List<Innovation.StudioView> studios() {
        return innovationQueries.studios().stream().map(studio -> innovation.studio(studio.id()))
                .map(view -> new Innovation.StudioView(view.studio(), view.leader(), view.members(),
                        view.results().stream().filter(InnovationResultDocument::publiclyListed).toList(),
                        view.verifiedBenefit()))
                .toList();
    }

    /** A conferred honour as the public honour roll shows it: no merits text, no objections. */
    public record HonourRollEntry(String nominationId, String name, String employer, String honour, ContestLevel level,
                                  int year, LocalDate conferredOn) {
    }

    @GetMapping("/honours/roll")
    @Operation(summary = "The honour roll: conferred honours that were not revoked, newest year first")
    List<HonourRollEntry> honourRoll(@RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) ContestLevel level,
                                     @RequestParam(required = false) String honour) {
        return honours.honourRoll(year, level, honour).stream().map(nomination -> new HonourRollEntry(nomination.id(),
                nomination.nominee().name(), nomination.nominee().employer(), nomination.honourName(),
                nomination.level(), nomination.year(), nomination.conferredOn())).toList();
    }

    @GetMapping("/honours/certificates/{nominationId}")
    @Operation(summary = "Verify a certificate (its QR code leads here): VALID, or REVOKED with date and reason")
    Certificates.Verification verifyCertificate(@PathVariable String nominationId) {
        return certificates.verify(nominationId)
                .orElseThrow(() -> new DomainRuleViolation("error.certificate.unknown", nominationId));
    }

    public record Objection(String name, String contact, String text) {
    }

    @PostMapping("/honours/rounds/{roundId}/nominations/{nominationId}/objections")
    @Operation(summary = "File an objection to a nominee in public notice (name optional, contact required)")
    ResponseEntity<ContestApi.Created> object(@PathVariable String roundId, @PathVariable String nominationId,
                                              @RequestBody Objection body, HttpServletRequest request) {
        objectionLimit.admit(request.getRemoteAddr());
        String id = UUID.randomUUID().toString();
        commands.sendAs(Commands.Actor.PUBLIC, new HonourMessages.FileObjection(roundId, id, nominationId, body.name(),
                body.contact(), body.text(), LocalDate.now(Formats.BEIJING)), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ContestApi.Created(id));
    }

    @GetMapping(value = "/feed", produces = {MediaType.APPLICATION_NDJSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Newline-delimited JSON, one public event per line, after the entry `since`; "
            + "stays open and sends new events as they happen (blank lines keep it alive)")
    ResponseEntity<ResponseBodyEmitter> feed(@RequestParam(defaultValue = "0") long since,
                                             HttpServletRequest request) {
        if (since < 0) {
            throw new DomainRuleViolation("error.api.feed.since");
        }
        String client = request.getRemoteAddr();
        if (!limiter.openStream(client)) {
            throw new DomainRuleViolation("error.api.feed.tooManyStreams");
        }
        return ResponseEntity.status(HttpStatus.OK).contentType(MediaType.APPLICATION_NDJSON)
                .header("X-Accel-Buffering", "no") // nginx: pass lines through as they come
                .body(streams.open(since, () -> limiter.streamClosed(client)));
    }
}
