package org.workerscontest.honour;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provincial-or-higher first prize that could not be nominated automatically because no provincial
 * 五一劳动奖章 round of its year was open (DOMAIN.md skills rule 10); the organizer sees it as pending.
 */
@Document("pending_nominations")
public record PendingNominationDocument(@Id String id, String contestId, String contestName, String disciplineName,
                                        int year, String name, String team, String employer, String merits,
                                        Instant at) {
}
