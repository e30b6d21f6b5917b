package org.workerscontest.api;

import static org.workerscontest.honour.api.HonourMessages.*;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.api.ContestApi.Created;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.Certificates;
import org.workerscontest.honour.HonourDocument;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.NominationDocument;
import org.workerscontest.honour.PendingNominationDocument;
import org.workerscontest.honour.RoundDocument;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * Honour selection: the catalogue (administrators add honours), rounds run by organizers from
 * nomination to conferral, objections resolved, honours revoked.
 */
@RestController
@RequestMapping("/api/honours")
public class HonourApi {

    public record NewHonour(String code, String name, RecipientKind recipientKind, List<ContestLevel> levels) {
    }

    public record NewRound(String honourCode, ContestLevel level, int year, int quota, Integer noticeDays,
                           Integer minFrontLinePercent, String conferringBody) {
    }

    public record NewNomination(Nominee nominee, String nominatedBy, String merits, List<String> attachmentTitles) {
    }

    public record Reason(String reason) {
    }

    public record Notice(LocalDate startsOn) {
    }

    public record Conferral(LocalDate conferredOn) {
    }

    public record Resolution(boolean upheld, String reason) {
    }

    public record RoundView(RoundDocument round, List<NominationDocument> nominations) {
    }

    private final Commands commands;
    private final HonourQueries honours;
    private final Certificates certificates;

    public HonourApi(Commands commands, HonourQueries honours, Certificates certificates) {
        this.commands = commands;
        this.honours = honours;
        this.certificates = certificates;
    }

    @GetMapping
    List<HonourDocument> catalogue() {
        return honours.honours();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Created> defineHonour(@RequestBody NewHonour body) {
        commands.send(new DefineHonour(body.code(), body.name(), body.recipientKind(), body.levels()), null);
        return ResponseEntity.created(URI.create("/api/honours")).body(new Created(body.code()));
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> openRound(@RequestBody NewRound body) {
        HonourDocument honour = honours.honour(String.valueOf(body.honourCode()))
                .orElseThrow(() -> new DomainRuleViolation("error.honour.unknown", String.valueOf(body.honourCode())));
        if (body.level() != null && !honour.levels().contains(body.level())) {
            throw new DomainRuleViolation("error.honour.level", honour.name(), "field.level." + body.level());
        }
        String id = UUID.randomUUID().toString();
        commands.send(new OpenRound(id, honour.code(), honour.name(), honour.recipientKind(), body.level(), body.year(),
                body.quota(), body.noticeDays(), body.minFrontLinePercent(), body.conferringBody()), null);
        return ResponseEntity.created(URI.create("/api/honours/rounds/" + id)).body(new Created(id));
    }

    @GetMapping("/rounds")
    List<RoundDocument> rounds() {
        return honours.rounds();
    }

    @GetMapping("/rounds/{roundId}")
    RoundView round(@PathVariable String roundId) {
        return new RoundView(existing(roundId), honours.nominations(roundId));
    }

    private RoundDocument existing(String roundId) {
        return honours.round(roundId).orElseThrow(() -> new DomainRuleViolation("error.round.unknown", roundId));
    }

    @PostMapping("/rounds/{roundId}/nominations")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> nominate(@PathVariable String roundId, @RequestBody NewNomination body) {
        existing(roundId);
        String id = UUID.randomUUID().toString();
        commands.send(new Nominate(roundId, id, body.nominee(), body.nominatedBy(), body.merits(),
                body.attachmentTitles()), null);
        return ResponseEntity.created(URI.create("/api/honours/rounds/" + roundId)).body(new Created(id));
    }

    @PostMapping("/rounds/{roundId}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView close(@PathVariable String roundId) {
        return send(roundId, new CloseNominations(roundId));
    }

    @PostMapping("/rounds/{roundId}/nominations/{nominationId}/shortlist")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView shortlist(@PathVariable String roundId, @PathVariable String nominationId) {
        return send(roundId, new Shortlist(roundId, nominationId));
    }

    @PostMapping("/rounds/{roundId}/nominations/{nominationId}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView reject(@PathVariable String roundId, @PathVariable String nominationId, @RequestBody Reason body) {
        return send(roundId, new RejectNomination(roundId, nominationId, body.reason()));
    }

    @PostMapping("/rounds/{roundId}/notice")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView startNotice(@PathVariable String roundId, @RequestBody Notice body) {
        return send(roundId, new StartPublicNotice(roundId, body.startsOn()));
    }

    @PostMapping("/rounds/{roundId}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView resolve(@PathVariable String roundId, @PathVariable String objectionId, @RequestBody Resolution body) {
        return send(roundId, new ResolveObjection(roundId, objectionId, body.upheld(), body.reason()));
    }

    @PostMapping("/rounds/{roundId}/confer")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView confer(@PathVariable String roundId, @RequestBody Conferral body) {
        return send(roundId, new Confer(roundId, body.conferredOn()));
    }

    @PostMapping("/rounds/{roundId}/nominations/{nominationId}/revoke")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    RoundView revoke(@PathVariable String roundId, @PathVariable String nominationId, @RequestBody Reason body) {
        return send(roundId, new Revoke(roundId, nominationId, body.reason()));
    }

    @GetMapping(value = "/nominations/{nominationId}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    /** The certificate of a conferred honour (PDF, in Chinese), with a QR code to its public verification page. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<byte[]> certificate(@PathVariable String nominationId) {
        byte[] pdf = certificates.pdf(nominationId);
        String name = honours.nomination(nominationId).map(nomination -> nomination.nominee().name()).orElse("");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("荣誉证书-" + name + ".pdf", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/pending")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    List<PendingNominationDocument> pending() {
        return honours.pendingNominations();
    }

    private RoundView send(String roundId, Object command) {
        existing(roundId);
        commands.send(command, null);
        return round(roundId);
    }
}
