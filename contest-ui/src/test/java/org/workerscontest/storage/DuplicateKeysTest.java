package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

/** A unique key's refusal, as each database's driver reports it, is a duplicate; other failures are not. */
class DuplicateKeysTest {

    private final DuplicateKeys duplicates = new DuplicateKeys();

    @Test
    void theUniqueViolationStateOfPostgresqlAndTheIntegrityTypeOfH2AreDuplicatesAnywhereInTheCauses() {
        // PostgreSQL's driver: its own SQLException type, the SQL state 23505, wrapped by the storage engine.
        SQLException postgres = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(duplicates.isDuplicateKeyViolation(new EventStoreException("append failed", postgres))).isTrue();
        assertThat(duplicates.isDuplicateKeyViolation(new SQLIntegrityConstraintViolationException("h2", "23505")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotDuplicates() {
        assertThat(duplicates.isDuplicateKeyViolation(new EventStoreException("down",
                new SQLException("connection refused", "08001")))).isFalse();
        assertThat(duplicates.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(duplicates.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
