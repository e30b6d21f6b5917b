package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.publicview.FeedStreams;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;

import org.axonframework.common.Registration;

/**
 * A command's events and its client request record commit together or not at all, and a commit is written out
 * before the command is answered. On the embedded H2 here; {@link PostgresCommandTransactionTest} runs the same on
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommandTransactionTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    CommandBus commandBus;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStoreSchema schema;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    FeedStreams feeds;

    private final AtomicBoolean crashBeforeCommit = new AtomicBoolean();
    private Registration crashInjector;
    private ApiClient admin;

    /**
     * Registered last, so innermost: once the command's events are appended to the event store (the store's own
     * step of the commit, registered while the handler ran) and the request record is inserted, the commit fails,
     * as a process dying between the writes would leave it.
     */
    @BeforeEach
    void injectCrashes() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
        crashInjector = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (crashBeforeCommit.get()) {
                unitOfWork.onPrepareCommit(work -> {
                    throw new IllegalStateException("crash injected after the writes, before the commit");
                });
            }
            return result;
        });
    }

    @AfterEach
    void removeInjector() {
        crashInjector.cancel();
    }

    private int rows(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    @Test
    void aCommandThatFailsToCommitLeavesNeitherItsEventsNorItsRequestAndItsRetryTakesEffect() {
        String contestId = admin.post("/api/contests", ApiClient.contest("事务测试赛")).body().path("id").asText();
        String key = UUID.randomUUID().toString();
        String teams = "/api/contests/" + contestId + "/teams";
        int eventsBefore = rows("SELECT count(*) FROM DomainEventEntry");

        crashBeforeCommit.set(true);
        Response crashed = admin.post(teams, ApiClient.team("湖州市代表队", "湖州市"), Map.of("Idempotency-Key", key));
        crashBeforeCommit.set(false);

        assertThat(crashed.status()).isEqualTo(500);
        assertThat(rows("SELECT count(*) FROM DomainEventEntry")).as("no event of the failed command")
                .isEqualTo(eventsBefore);
        assertThat(rows("SELECT count(*) FROM client_request WHERE request_id = ?", key))
                .as("no request record of the failed command").isZero();

        Response retried = admin.post(teams, ApiClient.team("湖州市代表队", "湖州市"), Map.of("Idempotency-Key", key));
        assertThat(retried.status()).as(retried.text()).isEqualTo(201);
        assertThat(rows("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", contestId))
                .as("ContestCreated and the retried TeamRegistered").isEqualTo(2);
        assertThat(rows("SELECT count(*) FROM client_request WHERE user_name = 'admin' AND request_id = ?", key))
                .isEqualTo(1);
        assertThat(admin.get(teams).body()).hasSize(1);
    }

    /**
     * The failed command took a position in the store before it was rolled back: the open feed, which sends an
     * entry only once no lower position can still commit, waits behind it until the commit deadline has passed,
     * and no longer.
     */
    @Test
    void aPositionLeftByARolledBackCommandHoldsTheFeedBackOnlyUntilTheCommitDeadline() {
        String contestId = admin.post("/api/contests", ApiClient.contest("空位测试赛")).body().path("id").asText();
        String teams = "/api/contests/" + contestId + "/teams";
        crashBeforeCommit.set(true);
        assertThat(admin.post(teams, ApiClient.team("湖州市代表队", "湖州市")).status()).isEqualTo(500);
        crashBeforeCommit.set(false);
        assertThat(admin.post(teams, ApiClient.team("湖州市代表队", "湖州市")).status()).isEqualTo(201);
        long head = eventStore.createHeadToken().position().orElseThrow();
        long started = System.nanoTime();

        await().atMost(Duration.ofSeconds(10)).until(() -> projections.handled(FeedStreams.FEED_PROCESSORS).position() >= head);
        assertThat(feeds.deliverableThrough()).as("held back behind the rolled-back position").isLessThan(head);

        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.deliverableThrough() >= head);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(CommandTransactions.COMMIT_DEADLINE);
    }

    /** On H2 each commit is written to its file before the answer; PostgreSQL flushes it to its log. */
    @Test
    void aCommitIsWrittenOutBeforeTheCommandIsAnswered() {
        if (schema.databaseProduct().contains("postgres")) {
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            assertThat(schema.durability().survivesPowerLoss()).isTrue();
        } else {
            assertThat(schema.databaseProduct()).isEqualTo("h2");
            assertThat(transactions).isInstanceOf(WrittenOutTransactions.class);
            assertThat(schema.durability().survivesPowerLoss()).isFalse();
        }
        assertThat(schema.durability().survivesProcessKill()).isTrue();
    }
}
