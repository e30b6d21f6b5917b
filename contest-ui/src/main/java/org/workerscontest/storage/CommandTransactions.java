package org.workerscontest.storage;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The event store's transactions, each of which must commit within {@link #COMMIT_DEADLINE} of its start or is
 * rolled back. An event takes its position in the store when it is inserted, before the commit, so the open feed
 * holds back every entry after a position not yet committed; the deadline is what lets it give up such a position
 * after a bounded wait (its transaction was rolled back) without ever passing one that commits later.
 */
public class CommandTransactions extends JdbcTransactionManager {

    /** Far beyond any command's own time (milliseconds), and the feed's wait behind a rolled-back position. */
    public static final Duration COMMIT_DEADLINE = Duration.ofSeconds(10);

    private final long deadlineNanos;
    /** Each open transaction's start, on the monotonic clock: a wall-clock step must not stretch the deadline. */
    private final transient Map<Object, Long> startedAt = new ConcurrentHashMap<>();

    CommandTransactions(DataSource dataSource) {
        this(dataSource, COMMIT_DEADLINE);
    }

    CommandTransactions(DataSource dataSource, Duration deadline) {
        super(dataSource);
        this.deadlineNanos = deadline.toNanos();
        // Otherwise a refused commit leaves the transaction open, and resetting the connection to auto-commit
        // would commit it.
        setRollbackOnCommitFailure(true);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        startedAt.put(transaction, System.nanoTime());
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        Long started = startedAt.get(status.getTransaction());
        if (started != null && System.nanoTime() - started > deadlineNanos) {
            throw new TransactionTimedOutException("The transaction passed its commit deadline of "
                    + Duration.ofNanos(deadlineNanos) + " and was rolled back");
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        startedAt.remove(transaction);
        super.doCleanupAfterCompletion(transaction);
    }
}
