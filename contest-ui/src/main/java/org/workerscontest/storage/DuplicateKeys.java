package org.workerscontest.storage;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells the event store that a write failed on a unique key: a second event for the same (aggregate, sequence),
 * which Axon then reports as a concurrency conflict or a taken id rather than a storage failure. H2 throws the
 * JDBC integrity-violation type; the PostgreSQL driver throws its own type and says so only by the SQL state
 * 23505 (unique_violation), which Axon's JDBC resolver does not read.
 */
final class DuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
