package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.command.Commands;
import org.workerscontest.innovation.api.InnovationMessages.RecordResult;
import org.workerscontest.innovation.api.InnovationMessages.ResultDetails;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.publicview.FeedStreams;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.storage.ReadStoreConfiguration;

import com.fasterxml.jackson.databind.JsonNode;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Two application nodes on one PostgreSQL event store and one MongoDB-protocol read store (as a cluster runs
 * them), judges sending marks to either: each node answers from what is stored, whatever the other one wrote
 * meanwhile, and shows what the projections, run by one of them, made of it.
 */
@Tag("postgres")
class TwoNodesTest {

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;
    private final List<TestNode> nodes = new ArrayList<>();
    private MongoServer readStore;
    private TestNode nodeA;
    private TestNode nodeB;
    /** One contest with the electricians' discipline, as sent to node A and to node B. */
    private ApiScenario a;
    private ApiScenario b;

    @BeforeEach
    void startTwoNodesWithAContest() {
        readStore = new MongoServer(new MemoryBackend());
        readStore.bind("127.0.0.1", 0);
        nodeA = start(dataA);
        nodeB = start(dataB);
        a = nodeA.api;
        a.setUpContest();
        a.defineElectrician();
        b = sameScenarioOn(nodeB, a);
    }

    @AfterEach
    void stopNodes() {
        nodes.reversed().forEach(TestNode::close);
        readStore.shutdownNow();
    }

    private TestNode start(Path data) {
        TestNode node = TestNode.start(data, "--spring.mongodb.uri=mongodb://127.0.0.1:"
                + readStore.getLocalAddress().getPort() + "/contest");
        nodes.add(node);
        return node;
    }

    private static String nodeName(TestNode node) {
        return node.bean(ReadStoreConfiguration.NodeName.class).value();
    }

    /** The scenario of {@code onA}, sent to another node. */
    private static ApiScenario sameScenarioOn(TestNode node, ApiScenario onA) {
        ApiScenario scenario = new ApiScenario() {
        };
        scenario.port = node.api.port;
        scenario.admin = node.api.admin;
        scenario.contestId = onA.contestId;
        scenario.suffix = onA.suffix;
        scenario.judges = onA.judges;
        scenario.chief = onA.chief;
        return scenario;
    }

    @Test
    void aNodeDecidesOnTheStoredDisciplineNotOnTheOneItKeptBeforeTheOtherNodeChangedIt() {
        String first = a.competitor("双节点甲" + a.suffix, a.hangzhou);
        String second = a.competitor("双节点乙" + a.suffix, a.ningbo);
        nodeB.awaitCaughtUp();
        String judge = a.judges.get(1);

        // Node B keeps the discipline with the judge's 20; node A, kept from before, revises it to 21.
        assertThat(b.enterMark(judge, first, "A2", 20, null).body().path("change").asText()).isEqualTo("ENTERED");
        assertThat(a.enterMark(judge, first, "A2", 21, "复核更正").body().path("change").asText()).isEqualTo("REVISED");
        // Back to 20 on node B: a revision of the stored 21, not "unchanged" as B's kept copy would have it.
        Response back = b.enterMark(judge, first, "A2", 20, null);
        assertThat(back.status()).as(back.text()).isEqualTo(400);
        assertThat(back.code()).isEqualTo("error.mark.reasonRequired");
        assertThat(b.enterMark(judge, first, "A2", 20, "再次复核").body().path("change").asText()).isEqualTo("REVISED");

        // A sheet locked on node A refuses a mark on node B, even one equal to the stored mark.
        a.markFully(second, "80", 35, 25, 3, 3, 2);
        b.enterMark(judge, first, "B1", 2, null);
        a.lock(second);
        Response onLocked = b.enterMark(a.judges.getFirst(), second, "A1", 35, null);
        assertThat(onLocked.status()).as(onLocked.text()).isEqualTo(409);
        assertThat(onLocked.code()).isEqualTo("error.sheet.locked");

        assertThat(markValues(nodeA, first, "A2", judge)).containsExactly("20", "21", "20");
    }

    @Test
    void judgesMarkingOneDisciplineOverBothNodesAtOnceAreEachAnsweredAndEachMarkIsStoredOnce() throws Exception {
        List<String> competitors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            competitors.add(a.competitor("并发" + i + a.suffix, i % 2 == 0 ? a.hangzhou : a.ningbo));
        }
        nodeB.awaitCaughtUp();

        // Each judge on both nodes at once, on one discipline: A2 and B1 of half the competitors on each node.
        List<Future<List<Response>>> answers = new ArrayList<>();
        try (ExecutorService judges = Executors.newFixedThreadPool(6)) {
            for (String judge : a.judges) {
                for (ApiScenario node : List.of(a, b)) {
                    int half = node == a ? 0 : 1;
                    answers.add(judges.submit(() -> {
                        List<Response> entered = new ArrayList<>();
                        for (int i = half; i < competitors.size(); i += 2) {
                            entered.add(node.enterMark(judge, competitors.get(i), "A2", 10 + i, null));
                            entered.add(node.enterMark(judge, competitors.get(i), "B1", i % 4, null));
                        }
                        return entered;
                    }));
                }
            }
        }
        for (Future<List<Response>> answer : answers) {
            assertThat(answer.get()).allSatisfy(response -> {
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                assertThat(response.body().path("change").asText()).isEqualTo("ENTERED");
            });
        }

        JdbcTemplate store = nodeA.bean(JdbcTemplate.class);
        String competitorsIn = String.join("','", competitors);
        List<Map<String, Object>> stored = store.queryForList("SELECT count(*) AS events, count(DISTINCT "
                + "convert_from(metaData, 'UTF8')::json->>'requestId') AS requests FROM DomainEventEntry WHERE "
                + "payloadType LIKE '%MarkEntered' AND convert_from(payload, 'UTF8')::json->>'competitorId' IN ('"
                + competitorsIn + "')");
        assertThat(stored.getFirst()).containsEntry("events", 72L).containsEntry("requests", 72L);

        nodeA.awaitCaughtUp();
        nodeB.awaitCaughtUp();
        for (String competitor : competitors) {
            assertThat(b.admin.get(b.path("/competitors/" + competitor)).body())
                    .isEqualTo(a.admin.get(a.path("/competitors/" + competitor)).body());
        }
    }

    @Test
    void theNodeThatRunsNoProjectionFollowsThemThroughTheSharedPositionsAndShowsWhereTheyRun() {

        // Written through B, shown at once through B: its wait for the read models follows A's processors.
        String competitor = b.competitor("跟随" + a.suffix, a.hangzhou);
        assertThat(b.admin.get(b.path("/competitors/" + competitor)).status()).isEqualTo(200);
        assertThat(nodeB.bean(ProjectionAdmin.class).awaitCaughtUp(Duration.ofSeconds(2))).isTrue();

        List<ProjectionStatus> onA = nodeA.bean(ProjectionAdmin.class).statuses();
        List<ProjectionStatus> onB = nodeB.bean(ProjectionAdmin.class).statuses();
        assertThat(onA).allSatisfy(status -> {
            assertThat(status.running()).isTrue();
            assertThat(status.node()).isEqualTo(nodeName(nodeA));
            assertThat(status.lag()).isZero();
        });
        assertThat(onB).isEqualTo(onA);
        JsonNode shownByB = b.admin.get("/api/admin/projections").body();
        assertThat(shownByB.findValuesAsText("node")).containsOnly(nodeName(nodeA));
    }

    @Test
    void aChangeMadeThroughOneNodeReachesTheOpenScreensAndFeedOfTheOtherWithinTwoSeconds() {
        Set<String> toldOnB = ConcurrentHashMap.newKeySet();
        try (PublicChanges.Subscription screenOnB = nodeB.bean(PublicChanges.class).subscribe(toldOnB::add)) {
            a.competitor("大屏" + a.suffix, a.ningbo);
            await().atMost(Duration.ofSeconds(2)).until(() -> toldOnB.contains(a.contestId));
        }
        long head = nodeA.bean(EventStore.class).createHeadToken().position().orElseThrow();
        // The feed lets entries out once no lower position can come any more (a rollback of another test's write
        // a moment ago is waited for): on node B as soon as on node A.
        await().atMost(Duration.ofSeconds(30)).until(() -> nodeA.bean(FeedStreams.class).deliverableThrough() >= head);
        await().atMost(Duration.ofSeconds(2)).until(() -> nodeB.bean(FeedStreams.class).deliverableThrough() >= head);
    }

    @Test
    void aRebuildAskedOfEitherNodeReplaysTheSharedReadModelsAndLeavesEveryProcessorRunning() throws Exception {
        String competitor = a.competitor("重建" + a.suffix, a.hangzhou);
        a.markFully(competitor, "80", 35, 25, 3, 3, 2);
        nodeB.awaitCaughtUp();
        JsonNode sheet = a.admin.get(a.path("/competitors/" + competitor)).body();
        JsonNode results = a.admin.get(a.path("/disciplines/ELEC/results")).body();

        for (TestNode asked : List.of(nodeB, nodeA)) {
            Response rebuild = asked.api.admin.post("/api/admin/projections/rebuild", null);
            assertThat(rebuild.status()).as(rebuild.text()).isEqualTo(202);
            asked.awaitCaughtUp();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    nodeA.bean(ProjectionAdmin.class).statuses()).allSatisfy(status -> {
                        assertThat(status.running()).isTrue();
                        assertThat(status.replaying()).isFalse();
                        assertThat(status.node()).isEqualTo(nodeName(asked));
                    }));
            assertThat(b.admin.get(b.path("/competitors/" + competitor)).body()).isEqualTo(sheet);
            assertThat(a.admin.get(a.path("/disciplines/ELEC/results")).body()).isEqualTo(results);
        }
        // Every processor runs on both nodes again, each ready to take over: a new account signs in on either.
        String account = "rb" + a.suffix;
        b.user(account, "JUDGE");
        assertThat(a.as(account).get("/api/contests").status()).isEqualTo(200);
        assertThat(nodeB.bean(EventProcessingConfiguration.class).eventProcessors().values())
                .allSatisfy(processor -> assertThat(processor.isRunning()).as(processor.getName()).isTrue());
        Response unknown = b.admin.post("/api/admin/projections/nothing/rebuild", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("error.api.projectionUnknown");
    }

    @Test
    void whenTheNodeRunningTheProjectionsStopsTheOtherTakesThemOverAndMissesNoEvent() {
        String before = a.competitor("接管前" + a.suffix, a.hangzhou);
        nodeA.close();
        nodes.remove(nodeA);

        String after = b.competitor("接管后" + a.suffix, a.ningbo);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                nodeB.bean(ProjectionAdmin.class).statuses()).allSatisfy(status -> {
                    assertThat(status.node()).isEqualTo(nodeName(nodeB));
                    assertThat(status.lag()).isZero();
                }));
        assertThat(ApiClient.texts(b.admin.get(b.path("/disciplines/ELEC/competitors")).body(), "id"))
                .contains(before, after);
    }

    @Test
    void ofResultsRecordedAtOnceOnBothNodesWithOnePatentNumberOnlyOneIsRecorded() throws Exception {
        String unit = "双节点专利单位" + a.suffix;
        String author = a.admin.post("/api/workers", Map.of("name", "王海涛", "gender", "MALE", "unit", unit,
                "region", "宁波市", "position", "桥吊司机", "frontLine", true)).body().path("id").asText();
        nodeB.awaitCaughtUp();
        String number = "ZL2026" + (100000 + new Random().nextInt(899999)) + ".3";
        // Straight to the nodes' command gateways, many at once, so that none waits for another's sign-in.
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 16; i++) {
                Commands commands = (i % 2 == 0 ? nodeA : nodeB).bean(Commands.class);
                RecordResult record = new RecordResult("patent-" + a.suffix + "-" + i, new ResultDetails("同号专利" + i,
                        ResultKind.PATENT, number, List.of(author), unit, "宁波市", LocalDate.of(2026, 5, 20), null,
                        null, null));
                outcomes.add(clients.submit(() -> {
                    try {
                        commands.sendAs(Actor.SYSTEM, record, null);
                        return "recorded";
                    } catch (DomainRuleViolation refused) {
                        return refused.messageKey();
                    }
                }));
            }
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(results).containsOnlyOnce("recorded").containsOnly("recorded", "error.result.patentNumberTaken");
    }

    /** The judge's marks of the criterion in the order stored, read from the event store. */
    private static List<String> markValues(TestNode node, String competitor, String criterion, String judge) {
        return node.bean(JdbcTemplate.class).queryForList("SELECT mark->>'value' FROM (SELECT globalIndex, "
                + "convert_from(payload, 'UTF8')::json AS mark FROM DomainEventEntry WHERE payloadType LIKE '%Mark%') "
                + "AS marks WHERE mark->>'competitorId' = ? AND mark->>'criterionCode' = ? AND mark->>'judge' = ? "
                + "ORDER BY globalIndex", String.class, competitor, criterion, judge);
    }
}
