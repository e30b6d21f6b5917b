package org.workerscontest.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.storage.ProjectionRebuilds;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.storage.EventStoreBackup;

/** Read-model maintenance and backups for administrators and the {@code ops} command line. */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
public class ProjectionApi {

    private final ProjectionAdmin projections;
    private final EventStoreBackup backup;

    public ProjectionApi(ProjectionAdmin projections, EventStoreBackup backup) {
        this.projections = projections;
        this.backup = backup;
    }

    /** An online backup of the embedded event store, as a zip; 409 on PostgreSQL, whose own tools do it. */
    @GetMapping("/backup")
    ResponseEntity<StreamingResponseBody> backup() {
        // Refused before the answer starts, so a PostgreSQL store gets a problem body, not a broken download.
        backup.requireEmbedded();
        String name = "contest-eventstore-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now())
                + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(backup::writeTo);
    }

    @GetMapping("/projections")
    List<ProjectionStatus> statuses() {
        return projections.statuses();
    }

    /** Starts rebuilding every projection at once and answers at once, with the list to poll. */
    @PostMapping("/projections/rebuild")
    ResponseEntity<List<ProjectionStatus>> rebuildAll() {
        ProjectionRebuilds.refusedAsViolation(projections::rebuildAll);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.statuses());
    }

    /** Starts the rebuild and answers at once; poll the list to see it finish (replaying false, lag 0). */
    @PostMapping("/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        if (projections.statuses().stream().noneMatch(status -> status.name().equals(name))) {
            throw new DomainRuleViolation("error.api.projectionUnknown", name);
        }
        ProjectionRebuilds.refusedAsViolation(() -> projections.rebuild(name));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.statuses().stream()
                .filter(status -> status.name().equals(name)).findFirst().orElseThrow());
    }
}
