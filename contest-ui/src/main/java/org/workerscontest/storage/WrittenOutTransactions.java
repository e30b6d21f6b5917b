package org.workerscontest.storage;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The embedded event store's transactions: a commit returns only once H2 has written it to its file (see
 * {@link GroupCommit}), so whatever is answered after it survives a killed process.
 */
final class WrittenOutTransactions extends JdbcTransactionManager {

    private final transient GroupCommit groupCommit;

    WrittenOutTransactions(DataSource dataSource) {
        super(dataSource);
        // CHECKPOINT stores every committed change of the database's file in one go.
        this.groupCommit = new GroupCommit(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        });
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        groupCommit.awaitWrittenOut();
    }
}
