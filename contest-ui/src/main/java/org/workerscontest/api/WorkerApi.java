package org.workerscontest.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.command.Commands;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerProfiles;
import org.workerscontest.worker.WorkerQueries;
import org.workerscontest.worker.api.WorkerMessages.DeclareDistinct;
import org.workerscontest.worker.api.WorkerMessages.MergeWorker;

/** Person profiles, and the organizer-confirmed de-duplication of workers' records. */
@RestController
@RequestMapping("/api/workers")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
public class WorkerApi {

    public record Merge(String survivorId) {
    }

    public record Distinct(String otherWorkerId) {
    }

    private final Commands commands;
    private final WorkerProfiles profiles;
    private final WorkerQueries workers;

    public WorkerApi(Commands commands, WorkerProfiles profiles, WorkerQueries workers) {
        this.commands = commands;
        this.profiles = profiles;
        this.workers = workers;
    }

    /** Honours, contest placings and innovation results; a merged record's id gives the profile it joined. */
    @GetMapping("/{workerId}/profile")
    WorkerProfiles.Profile profile(@PathVariable String workerId) {
        return profiles.profile(workerId).orElseThrow(() -> new DomainRuleViolation("error.worker.unknown", workerId));
    }

    /** Listed records with the same name and gender, not yet declared different people. */
    @GetMapping("/duplicates")
    List<WorkerQueries.PossibleDuplicate> duplicates() {
        return workers.possibleDuplicates();
    }

    /** Confirms this record and the survivor's are one person: this record joins the survivor's. */
    @PostMapping("/{workerId}/merge")
    void merge(@PathVariable String workerId, @RequestBody Merge body) {
        commands.send(new MergeWorker(existing(workerId), body.survivorId()), null);
    }

    /** Confirms two records with the same name are different people. */
    @PostMapping("/{workerId}/distinct")
    void distinct(@PathVariable String workerId, @RequestBody Distinct body) {
        commands.send(new DeclareDistinct(existing(workerId), body.otherWorkerId()), null);
    }

    /** A command to a record never registered would fail in Axon, not with the user's message. */
    private String existing(String workerId) {
        return workers.worker(workerId).map(WorkerDocument::id)
                .orElseThrow(() -> new DomainRuleViolation("error.worker.unknown", workerId));
    }
}
