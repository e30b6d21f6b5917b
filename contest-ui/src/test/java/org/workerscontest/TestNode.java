package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.publicview.FeedReader;
import org.workerscontest.publicview.FeedStreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application started on a data directory of the test's, as {@code ./run.sh} starts it, so a test can stop
 * it and start it again on the same data, or start another on a restored copy.
 */
final class TestNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    /**
     * Each application start installs its own security-context strategy JVM-wide, while the test context started
     * before keeps the one its filters were built with: put that back on close, or the test context's requests no
     * longer find their signed-in user.
     */
    private final SecurityContextHolderStrategy strategyBefore;
    final ApiScenario api;

    private TestNode(ConfigurableApplicationContext context, SecurityContextHolderStrategy strategyBefore) {
        this.context = context;
        this.strategyBefore = strategyBefore;
        api = new ApiScenario() {
        };
        api.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        api.admin = new ApiClient(api.port, "admin", "admin-test-pw");
    }

    /** Started and caught up with what its event store holds; the arguments override settings. */
    static TestNode start(Path dataDir, String... settings) {
        SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        String[] arguments = Stream.concat(Stream.of("--contest.data-dir=" + dataDir, "--server.port=0"),
                Stream.of(settings)).toArray(String[]::new);
        TestNode node = new TestNode(new SpringApplicationBuilder(ContestApplication.class).profiles("test")
                .run(arguments), strategyBefore);
        node.awaitCaughtUp();
        return node;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    void awaitCaughtUp() {
        assertThat(bean(ProjectionAdmin.class).awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
    }

    /** The open feed from entry {@code since}, once it may send every stored event's entry, until it is quiet. */
    List<JsonNode> feed(long since) throws InterruptedException {
        long head = bean(EventStore.class).createHeadToken().position().orElse(-1);
        await().atMost(Duration.ofSeconds(30)).until(() -> bean(FeedStreams.class).deliverableThrough() >= head);
        try (FeedReader reader = new FeedReader(api.port, since)) {
            return reader.drain(Duration.ofMillis(1500));
        }
    }

    /** Every read model of the scenario's contest, as the API and the open feed show them. */
    Map<String, JsonNode> readModels() throws InterruptedException {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        for (String path : List.of("", "/teams", "/disciplines", "/appeals", "/standings", "/disciplines/ELEC/results",
                "/disciplines/ELEC/competitors")) {
            models.put(path, api.admin.get(api.path(path)).body());
        }
        for (JsonNode competitor : models.get("/disciplines/ELEC/competitors")) {
            String id = competitor.path("id").asText();
            models.put("sheet " + id, api.admin.get(api.path("/competitors/" + id)).body());
            models.put("history " + id, api.admin.get(api.path("/competitors/" + id + "/history")).body());
        }
        models.put("users", api.admin.get("/api/users").body());
        models.put("public results", api.admin.get("/api/public/contests/" + api.contestId + "/results").body());
        models.put("feed", JSON.valueToTree(feed(0)));
        return models;
    }

    @Override
    public void close() {
        context.close();
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }
}
