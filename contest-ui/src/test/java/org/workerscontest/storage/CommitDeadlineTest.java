package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction commits within its deadline or not at all: what lets the feed give up a rolled-back position. */
class CommitDeadlineTest {

    @TempDir
    Path dataDir;

    @Test
    void aTransactionPastItsDeadlineIsRolledBackAndOneWithinItCommits() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("store"),
                "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE mark (id INT PRIMARY KEY)");
        TransactionTemplate transaction = new TransactionTemplate(
                new CommandTransactions(dataSource, Duration.ofMillis(300)));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO mark VALUES (1)");
            sleep(Duration.ofMillis(500));
        })).isInstanceOf(TransactionTimedOutException.class).hasMessageContaining("commit deadline");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mark", Integer.class)).as("rolled back").isZero();

        transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO mark VALUES (2)"));
        assertThat(jdbc.queryForList("SELECT id FROM mark", Integer.class)).containsExactly(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
