package org.workerscontest.publicview;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the open results feed: contest results, and honours conferred or revoked (no contest). The id is the
 * position of the entry's event in the event store: ids rise in the order of the events, not without gaps, and
 * stay the same across restarts and rebuilds, so a reader resumes with the last id it saw.
 */
@Document("public_feed")
public record PublicFeedEntry(@Id long id, String eventId, Type type, Instant at, String contestId,
                              Map<String, Object> data) {

    public enum Type {
        /** A discipline's results went public for the first time. */
        DISCIPLINE_PUBLISHED,
        /** Published again after a sheet was reopened, e.g. for an upheld appeal; the rows are the new ones. */
        RESULTS_CHANGED,
        /** A published discipline's sheet was reopened: its results are under review until published again. */
        RESULTS_WITHDRAWN,
        /** A selection round conferred its honour; the recipients are listed. */
        HONOURS_CONFERRED,
        /** A conferred honour was revoked: it is off the honour roll. */
        HONOUR_REVOKED
    }
}
