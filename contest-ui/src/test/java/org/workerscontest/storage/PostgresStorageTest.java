package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.CreateContest;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;

/**
 * The event store on a real PostgreSQL server, as in production. Needs CONTEST_EVENTSTORE_URL (and
 * user, password) pointing at an empty database; .ci/run starts one and runs this.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostgresStorageTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    EventStoreSchema schema;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContestQueries contests;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    Commands commands;

    @Test
    void eventsAndHandledRequestsAreStoredInPostgresqlAndReplayIntoTheSameReadModels() {
        assertThat(schema.databaseProduct()).contains("postgres");
        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");

        Response contest = admin.post("/api/contests", ApiClient.contest("PostgreSQL 存储测试赛"));
        assertThat(contest.status()).isEqualTo(201);
        String contestId = contest.body().path("id").asText();
        String requestId = UUID.randomUUID().toString();
        Map<String, String> sameRequest = Map.of("Idempotency-Key", requestId);
        Response team = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("舟山市代表队", "舟山市"),
                sameRequest);
        Response again = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("舟山市代表队", "舟山市"),
                sameRequest);
        assertThat(again.body().path("id").asText()).isEqualTo(team.body().path("id").asText());
        Response duplicate = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("舟山市代表队", "舟山市"));
        assertThat(duplicate.status()).isEqualTo(409);
        // PostgreSQL reports a taken (aggregate, sequence) by its SQL state only: still a taken id, not a failure.
        assertThatThrownBy(() -> commands.sendAs(Commands.Actor.SYSTEM, new CreateContest(contestId, "同号竞赛",
                ContestLevel.CITY, "市总工会", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)), null))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("error.record.exists");

        assertThat(jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, contestId))
                .containsExactly("org.workerscontest.contest.api.ContestMessages$ContestCreated",
                        "org.workerscontest.contest.api.ContestMessages$TeamRegistered");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM client_request WHERE user_name = 'admin'"
                + " AND request_id = ?", Integer.class, requestId)).isEqualTo(1);
        assertThat(schema.durability().survivesPowerLoss()).as(schema.durability().summary()).isTrue();

        ContestDocument live = contests.contest(contestId).orElseThrow();
        projections.rebuild("contests");
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.statuses().stream()
                .noneMatch(status -> status.replaying() || status.lag() > 0));
        assertThat(contests.contest(contestId)).contains(live);
    }
}
