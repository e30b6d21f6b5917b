package org.workerscontest.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;
import org.workerscontest.shared.DomainRuleViolation;

/** Read-model maintenance for administrators and the {@code ops} command line. */
@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
public class ProjectionApi {

    private final ProjectionAdmin projections;

    public ProjectionApi(ProjectionAdmin projections) {
        this.projections = projections;
    }

    @GetMapping
    List<ProjectionStatus> statuses() {
        return projections.statuses();
    }

    /** Starts rebuilding every projection at once and answers at once, with the list to poll. */
    @PostMapping("/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuildAll() {
        projections.rebuildAll();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.statuses());
    }

    /** Starts the rebuild and answers at once; poll the list to see it finish (replaying false, lag 0). */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        if (projections.statuses().stream().noneMatch(status -> status.name().equals(name))) {
            throw new DomainRuleViolation("error.api.projectionUnknown", name);
        }
        projections.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.statuses().stream()
                .filter(status -> status.name().equals(name)).findFirst().orElseThrow());
    }
}
