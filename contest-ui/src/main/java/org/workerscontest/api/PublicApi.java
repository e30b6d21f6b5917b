package org.workerscontest.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.workerscontest.innovation.Innovation;
import org.workerscontest.innovation.InnovationQueries;
import org.workerscontest.innovation.InnovationResultDocument;
import org.workerscontest.laborcompetition.CampaignDocument;
import org.workerscontest.laborcompetition.LaborQueries;
import org.workerscontest.publicview.FeedStreams;
import org.workerscontest.publicview.PublicRateLimiter;
import org.workerscontest.publicview.PublicResults;
import org.workerscontest.shared.DomainRuleViolation;

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
    private final FeedStreams streams;
    private final PublicRateLimiter limiter;

    PublicApi(PublicResults results, LaborQueries labor, Innovation innovation, InnovationQueries innovationQueries,
              FeedStreams streams, PublicRateLimiter limiter) {
        this.results = results;
        this.innovation = innovation;
        this.innovationQueries = innovationQueries;
        this.labor = labor;
        this.streams = streams;
        this.limiter = limiter;
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
