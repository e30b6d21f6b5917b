package org.workerscontest.storage;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The embedded event store's transactions: a commit returns only once H2 has written it to its file (see
 * {@link GroupCommit}), so whatever is answered after it survives a killed process.
 */
final class WrittenOutTransactions extends CommandTransactions {

    private final transient GroupCommit<Connection> groupCommit;

    WrittenOutTransactions(DataSource dataSource) {
        super(dataSource);
        // CHECKPOINT stores every committed change of the database's file in one go.
        this.groupCommit = new GroupCommit<>(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        });
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        groupCommit.awaitWrittenOut(((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
                .getConnection());
    }
}
