package org.workerscontest.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.command.Commands;
import org.workerscontest.command.RequestFingerprints;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.TeamEntry;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.ContestMessages.RenameTeam;
import org.workerscontest.contest.api.ContestMessages.UpdateTeamContact;
import org.workerscontest.contest.api.ContestMessages.WithdrawTeam;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.shared.DomainRuleViolation;

/** Contests and their teams. Reads for every signed-in user; changes for organizers and administrators. */
@RestController
@RequestMapping("/api/contests")
public class ContestApi {

    /** Clients may name their request so that a retry has no second effect; either header is accepted. */
    static final String IDEMPOTENCY_KEY = RequestFingerprints.IDEMPOTENCY_KEY;
    static final String REQUEST_ID = RequestFingerprints.REQUEST_ID;

    public record NewContest(String name, ContestLevel level, String organizer, LocalDate startDate,
                             LocalDate endDate) {
    }

    public record ContestSummary(String id, String name, ContestLevel level, String organizer, LocalDate startDate,
                                 LocalDate endDate, int teamCount) {
        static ContestSummary of(ContestDocument contest) {
            return new ContestSummary(contest.id(), contest.name(), contest.level(), contest.organizer(),
                    contest.startDate(), contest.endDate(), contest.activeTeamCount());
        }
    }

    public record NewTeam(String name, TeamKind kind, String area, String leader, String phone) {
    }

    /** Only the fields present change. */
    public record TeamChange(String name, String leader, String phone) {
    }

    public record Withdrawal(String reason) {
    }

    public record Created(String id) {
    }

    private final Commands commands;
    private final ContestQueries contests;

    public ContestApi(Commands commands, ContestQueries contests) {
        this.commands = commands;
        this.contests = contests;
    }

    static String requestId(String idempotencyKey, String requestIdHeader) {
        String id = idempotencyKey != null ? idempotencyKey : requestIdHeader;
        return id == null || id.isBlank() ? Commands.newRequestId() : id.strip();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> create(@RequestBody NewContest body,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = REQUEST_ID, required = false) String requestId) {
        String id = commands.send(new CreateContest(UUID.randomUUID().toString(), body.name(), body.level(),
                body.organizer(), body.startDate(), body.endDate()), requestId(key, requestId));
        return ResponseEntity.created(URI.create("/api/contests/" + id)).body(new Created(id));
    }

    @GetMapping
    List<ContestSummary> list() {
        return contests.contests().stream().map(ContestSummary::of).toList();
    }

    @GetMapping("/{contestId}")
    ContestDocument contest(@PathVariable String contestId) {
        return existing(contestId);
    }

    @PostMapping("/{contestId}/teams")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    ResponseEntity<Created> registerTeam(@PathVariable String contestId, @RequestBody NewTeam body,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                         @RequestHeader(name = REQUEST_ID, required = false) String requestId) {
        existing(contestId);
        String id = commands.send(new RegisterTeam(contestId, UUID.randomUUID().toString(), body.name(),
                body.kind(), body.area(), body.leader(), body.phone()), requestId(key, requestId));
        return ResponseEntity.created(URI.create("/api/contests/" + contestId + "/teams/" + id)).body(new Created(id));
    }

    @GetMapping("/{contestId}/teams")
    List<TeamEntry> teams(@PathVariable String contestId) {
        return existing(contestId).teams();
    }

    @PatchMapping("/{contestId}/teams/{teamId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    TeamEntry changeTeam(@PathVariable String contestId, @PathVariable String teamId, @RequestBody TeamChange body,
                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                         @RequestHeader(name = REQUEST_ID, required = false) String requestId) {
        TeamEntry team = existingTeam(contestId, teamId);
        if (body.name() == null && body.leader() == null && body.phone() == null) {
            throw new DomainRuleViolation("error.required", "field.team.name");
        }
        String request = requestId(key, requestId);
        // One request may change two things; each command keeps its own request id so both stay idempotent.
        if (body.name() != null && !body.name().strip().equals(team.name())) {
            commands.send(new RenameTeam(contestId, teamId, body.name()), request + ":rename");
        }
        if (body.leader() != null || body.phone() != null) {
            commands.send(new UpdateTeamContact(contestId, teamId,
                    body.leader() != null ? body.leader() : team.leader(),
                    body.phone() != null ? body.phone() : team.phone()), request + ":contact");
        }
        return existingTeam(contestId, teamId);
    }

    @PostMapping("/{contestId}/teams/{teamId}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
    TeamEntry withdrawTeam(@PathVariable String contestId, @PathVariable String teamId,
                           @RequestBody(required = false) Withdrawal body,
                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @RequestHeader(name = REQUEST_ID, required = false) String requestId) {
        existingTeam(contestId, teamId);
        commands.send(new WithdrawTeam(contestId, teamId, body == null ? null : body.reason()),
                requestId(key, requestId));
        return existingTeam(contestId, teamId);
    }

    private ContestDocument existing(String contestId) {
        return contests.existingContest(contestId);
    }

    private TeamEntry existingTeam(String contestId, String teamId) {
        return existing(contestId).teams().stream().filter(team -> team.teamId().equals(teamId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("error.team.unknown", teamId));
    }

}
