package org.workerscontest.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One stored event as the audit trail shows it: when, who (user and role), what (event type) and the
 * event's facts, which the UI turns into a readable sentence.
 *
 * @param position the event's place in the global order of the event store
 */
@Document("audit_log")
public record AuditEntry(@Id String id, long position, Instant at, String user, String role, String requestId,
                         String type, String contestId, Map<String, Object> details) {
}
