package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workerscontest.command.IdempotentCommands;

/** The embedded event store's own statements and upgrades, on H2. */
class H2EventStoreTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void anOlderStoreWithBlobColumnsIsConvertedOnceAndKeepsEveryEvent() throws SQLException {
        jdbc.execute("CREATE TABLE DomainEventEntry (globalIndex BIGINT PRIMARY KEY, payload BLOB NOT NULL,"
                + " metaData BLOB)");
        jdbc.execute("CREATE TABLE SnapshotEventEntry (aggregateIdentifier VARCHAR(255) PRIMARY KEY,"
                + " payload BLOB NOT NULL, metaData BLOB)");
        byte[] large = "{\"name\":\"省赛\"}".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        jdbc.update("INSERT INTO DomainEventEntry VALUES (1, ?, ?)", large, "{}".getBytes(StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO DomainEventEntry VALUES (2, ?, NULL)", "{}".getBytes(StandardCharsets.UTF_8));

        H2EventColumns.convertLargeObjects(dataSource);
        H2EventColumns.convertLargeObjects(dataSource);

        assertThat(jdbc.queryForList("SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' ' || IS_NULLABLE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME IN ('PAYLOAD', 'METADATA') ORDER BY 1",
                String.class)).containsExactly(
                "DOMAINEVENTENTRY.METADATA BINARY VARYING YES",
                "DOMAINEVENTENTRY.PAYLOAD BINARY VARYING NO",
                "SNAPSHOTEVENTENTRY.METADATA BINARY VARYING YES",
                "SNAPSHOTEVENTENTRY.PAYLOAD BINARY VARYING NO");
        assertThat(jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE globalIndex = 1", byte[].class))
                .isEqualTo(large);
        assertThat(jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE globalIndex = 2", byte[].class))
                .isNull();
    }

    @Test
    void requestsHandledBeforeRequestIdsWerePerUserMoveToTheNewLogOnceAndStillAnswerTheirRetries() throws SQLException {
        jdbc.execute("CREATE TABLE command_request (request_id VARCHAR(100) PRIMARY KEY, command_name VARCHAR(255)"
                + " NOT NULL, result VARCHAR(255), user_name VARCHAR(100), handled_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " result_type VARCHAR(255))");
        jdbc.update("INSERT INTO command_request VALUES ('k1', 'RegisterTeam', 't1', 'zuweihui', CURRENT_TIMESTAMP, NULL)");
        jdbc.update("INSERT INTO command_request VALUES ('k2', 'CreateContest', 'c1', NULL, CURRENT_TIMESTAMP, NULL)");

        new EventStoreConfiguration().eventStoreSchema(dataSource);
        new EventStoreConfiguration().eventStoreSchema(dataSource);

        assertThat(jdbc.queryForList("SELECT user_name || ' ' || request_id || ' ' || command_name || ' ' || result"
                + " || ' ' || COALESCE(fingerprint, '-') FROM client_request ORDER BY request_id", String.class))
                .containsExactly("zuweihui k1 RegisterTeam t1 -", " k2 CreateContest c1 -");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'COMMAND_REQUEST'",
                Integer.class)).isZero();
        var requests = new IdempotentCommands(jdbc, new AxonConfiguration().defaultAxonObjectMapper());
        assertThat(requests.earlierResult(requests.find("zuweihui", "k1").orElseThrow(), "RegisterTeam", "any"))
                .as("a record without a fingerprint answers any retry").isEqualTo("t1");
    }

    @Test
    void aNewStoreIsCreatedWithColumnsKeptInTheRow() throws SQLException {
        new EventStoreConfiguration().eventStoreSchema(dataSource);

        assertThat(jdbc.queryForList("SELECT DISTINCT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE COLUMN_NAME IN ('PAYLOAD', 'METADATA')", String.class)).containsExactly("BINARY VARYING");
    }

    @Test
    void aPositionWithGapsReadsTheGapsThatFilledAndTheNextBatchInOrder() throws SQLException {
        new EventStoreConfiguration().eventStoreSchema(dataSource);
        for (long index : new long[] {1, 2, 4, 5, 6, 7, 8, 9}) {
            jdbc.update("INSERT INTO DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier,"
                    + " sequenceNumber, type, timeStamp, payloadType, payload) VALUES (?, ?, ?, 0, 'T', ?, 'P', ?)",
                    index, "e" + index, "a" + index, "2026-12-01T00:00:00Z", new byte[] {1});
        }

        // Position 5 with 2, 3 and 4 still open: 3 never came, 2 and 4 did.
        assertThat(read(5, 3, List.of(2L, 3L, 4L))).containsExactly(2L, 4L, 6L, 7L, 8L);
        assertThat(read(9, 10, List.of(3L))).isEmpty();
    }

    @Test
    void trackedEventsReadWithTheSamePositionsGapsAndTimesAsByAxonsOwnEngine() throws SQLException {
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        var schema = configuration.eventStoreSchema(dataSource);
        String recent = DateTimeUtils.formatInstant(Instant.now().minusSeconds(5));
        // Gaps are kept only before recent events; older ones are taken as never coming.
        String[] timestamps = {recent, "2026-01-01T00:00:00.000Z", "2026-01-01T08:00:00+08:00", recent, recent,
                "2026-01-02T00:00:00.5Z", recent};
        long[] indexes = {3, 4, 7, 8, 12, 13, 20};
        for (int i = 0; i < indexes.length; i++) {
            jdbc.update("INSERT INTO DomainEventEntry (globalIndex, eventIdentifier, aggregateIdentifier,"
                    + " sequenceNumber, type, timeStamp, payloadType, payload, metaData)"
                    + " VALUES (?, ?, ?, 0, 'T', ?, 'P', ?, ?)", indexes[i], "e" + i, "a" + i, timestamps[i],
                    "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        }
        var connections = new UnitOfWorkAwareConnectionProviderWrapper(new DataSourceConnectionProvider(dataSource));
        EventStorageEngine ours = configuration.eventStorageEngine(schema, dataSource,
                JacksonSerializer.defaultSerializer(), JacksonSerializer.defaultSerializer(),
                new DuplicateKeys());
        EventStorageEngine axons = JdbcEventStorageEngine.builder().connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE).eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer()).build();

        for (TrackingToken from : new TrackingToken[] {null, GapAwareTrackingToken.newInstance(7, List.of(5L, 6L))}) {
            assertThat(tracked(ours, from)).as("from %s", from).isEqualTo(tracked(axons, from)).hasSize(from == null ? 7 : 4);
        }
    }

    private static List<String> tracked(EventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).map(event -> event.getIdentifier() + " " + event.trackingToken() + " "
                + event.getTimestamp()).toList();
    }

    private List<Long> read(long position, int batchSize, List<Long> gaps) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = new IndexedGapQuery().build(connection, EventSchema.builder().build(),
                     position, batchSize, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong("globalIndex"));
            }
        }
        return indexes;
    }
}
