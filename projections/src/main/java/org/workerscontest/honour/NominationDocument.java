package org.workerscontest.honour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.HonourMessages.Nominee;

/**
 * A nomination with its round's honour, level and year (so the honour roll is one query) and its
 * objections. Objectors' contacts stay here; public pages never show them.
 */
@Document("nominations")
public record NominationDocument(@Id String id, String roundId, String honourCode, String honourName,
                                 ContestLevel level, int year, Nominee nominee, String nominatedBy, String merits,
                                 List<String> attachmentTitles, Stage stage, String reason, List<Objection> objections,
                                 LocalDate conferredOn, Instant revokedAt) {

    public enum Stage {
        PENDING, SHORTLISTED, REJECTED, WITHDRAWN, CONFERRED, REVOKED
    }

    public record Objection(String id, String name, String contact, String text, LocalDate filedOn, String state,
                            String reason) {
    }

    public NominationDocument {
        attachmentTitles = attachmentTitles == null ? List.of() : attachmentTitles;
        objections = objections == null ? List.of() : objections;
    }
}
