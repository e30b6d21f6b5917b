package org.workerscontest.honour;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.RecipientKind;

/** An honour of the catalogue. */
@Document("honours")
public record HonourDocument(@Id String code, String name, RecipientKind recipientKind, List<ContestLevel> levels) {
}
