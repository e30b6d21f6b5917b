package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** The embedded store's commits under more committers than connections, as under a full venue of judges. */
class WrittenOutTransactionsTest {

    @TempDir
    Path dataDir;

    /**
     * Every connection of the pool is held by a commit waiting to be written out: the write-out must not need one
     * more (it waited for the pool's timeout and failed the commands).
     */
    @Test
    void commitsWaitingForTheirWriteOutDoNotStarveItOfConnections() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("eventstore"));
            pool.setUsername("sa");
            pool.setMaximumPoolSize(2);
            pool.setConnectionTimeout(1_000);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("CREATE TABLE mark (id INT PRIMARY KEY)");
            TransactionTemplate transaction = new TransactionTemplate(new WrittenOutTransactions(pool));

            int threads = 8;
            int commitsEach = 25;
            List<Throwable> failures = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> committers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * commitsEach;
                committers.add(Thread.ofPlatform().start(() -> {
                    try {
                        start.await();
                        for (int id = first; id < first + commitsEach; id++) {
                            int mark = id;
                            transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO mark VALUES (?)", mark));
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }));
            }
            start.countDown();
            for (Thread committer : committers) {
                committer.join();
            }

            assertThat(failures).isEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM mark", Integer.class)).isEqualTo(threads * commitsEach);
        }
    }
}
