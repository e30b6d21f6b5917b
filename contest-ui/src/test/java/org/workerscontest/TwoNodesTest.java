package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workerscontest.ApiClient.Response;

/**
 * Two application nodes on one PostgreSQL event store (each with its own embedded read store), judges sending
 * marks to either: each node answers from what is stored, whatever the other one wrote meanwhile.
 */
@Tag("postgres")
class TwoNodesTest {

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;
    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.reversed().forEach(TestNode::close);
    }

    private TestNode start(Path data) {
        TestNode node = TestNode.start(data);
        nodes.add(node);
        return node;
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
        TestNode nodeA = start(dataA);
        TestNode nodeB = start(dataB);
        ApiScenario a = nodeA.api;
        a.setUpContest();
        a.defineElectrician();
        String first = a.competitor("双节点甲" + a.suffix, a.hangzhou);
        String second = a.competitor("双节点乙" + a.suffix, a.ningbo);
        nodeB.awaitCaughtUp();
        ApiScenario b = sameScenarioOn(nodeB, a);
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
        TestNode nodeA = start(dataA);
        TestNode nodeB = start(dataB);
        ApiScenario a = nodeA.api;
        a.setUpContest();
        a.defineElectrician();
        List<String> competitors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            competitors.add(a.competitor("并发" + i + a.suffix, i % 2 == 0 ? a.hangzhou : a.ningbo));
        }
        nodeB.awaitCaughtUp();
        ApiScenario b = sameScenarioOn(nodeB, a);

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

    /** The judge's marks of the criterion in the order stored, read from the event store. */
    private static List<String> markValues(TestNode node, String competitor, String criterion, String judge) {
        return node.bean(JdbcTemplate.class).queryForList("SELECT mark->>'value' FROM (SELECT globalIndex, "
                + "convert_from(payload, 'UTF8')::json AS mark FROM DomainEventEntry WHERE payloadType LIKE '%Mark%') "
                + "AS marks WHERE mark->>'competitorId' = ? AND mark->>'criterionCode' = ? AND mark->>'judge' = ? "
                + "ORDER BY globalIndex", String.class, competitor, criterion, judge);
    }
}
