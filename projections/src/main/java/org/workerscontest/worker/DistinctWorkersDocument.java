package org.workerscontest.worker;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Two records an organizer confirmed are different people; the key is the same whichever way round. */
@Document("distinct_workers")
public record DistinctWorkersDocument(@Id String key, String first, String second) {

    public static DistinctWorkersDocument of(String one, String other) {
        String first = one.compareTo(other) < 0 ? one : other;
        String second = first.equals(one) ? other : one;
        return new DistinctWorkersDocument(first + "|" + second, first, second);
    }
}
