package org.workerscontest.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ApiScenario;

import com.fasterxml.jackson.databind.JsonNode;

/** The open results API and feed: published results only, resumable, and fair to every client. */
class PublicApiTest extends ApiScenario {

    @Autowired
    FeedStreams feeds;
    @Autowired
    EventStore eventStore;

    /**
     * Until the feed may send the entries of every stored event: a position an earlier test's rolled-back command
     * took holds them back until its commit deadline has passed.
     */
    private void awaitFeedCaughtUp() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        await().atMost(Duration.ofSeconds(30)).until(() -> feeds.deliverableThrough() >= head);
    }

    private ApiClient anonymous() {
        return new ApiClient(port, null, null);
    }

    /** Three competitors fully marked, two sheets locked, nothing published. Returns their ids. */
    private List<String> markedButUnpublished() {
        List<String> ids = threeMarkedCompetitors("保密");
        lock(ids.get(0));
        lock(ids.get(1));
        return ids;
    }

    @Test
    void unpublishedMarksNeverLeakThroughAnyPublicRoute() throws InterruptedException {
        List<String> ids = markedButUnpublished();
        JsonNode internal = admin.get(path("/disciplines/ELEC/results")).body();
        List<String> secrets = new ArrayList<>(List.of("保密甲" + suffix, "保密乙" + suffix, "保密丙" + suffix,
                "13805710001", "91.5", "82.25"));
        internal.path("rows").forEach(row -> secrets.add(row.path("total").asText()));
        assertThat(internal.path("rows")).hasSize(2);

        Response results = anonymous().get("/api/public/contests/" + contestId + "/results");
        assertThat(results.status()).isEqualTo(200);
        JsonNode discipline = results.body().path("disciplines").get(0);
        assertThat(discipline.path("name").asText()).isEqualTo("电工");
        assertThat(discipline.path("published").asBoolean()).isFalse();
        assertThat(discipline.path("competitors").asInt()).isEqualTo(3);
        assertThat(discipline.path("locked").asInt()).isEqualTo(2);
        assertThat(discipline.path("rows")).isEmpty();
        assertThat(results.body().path("standings")).extracting(row -> row.path("totalSum").asDouble())
                .containsOnly(0.0);
        assertThat(results.text()).doesNotContain(secrets).doesNotContain(ids);

        try (FeedReader feed = new FeedReader(port, 0)) {
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("application/x-ndjson");
            assertThat(feed.nextLine(Duration.ofSeconds(5))).as("the stream opens with a keep-alive, a JSON object")
                    .matches("\\{\"type\":\"KEEP_ALIVE\",\"at\":\"[0-9T:.\\-]+Z\"}|\\{\"at\":\"[0-9T:.\\-]+Z\",\"type\":\"KEEP_ALIVE\"}");
            assertThat(feed.drain(Duration.ofMillis(700))).noneMatch(entry -> entry.toString().contains(contestId));
        }

        // The organizers' own routes stay closed to anonymous callers.
        for (String route : List.of("/disciplines/ELEC/results", "/standings", "/disciplines",
                "/competitors/" + ids.getFirst() + "/history", "/disciplines/ELEC/results.csv")) {
            assertThat(anonymous().get(path(route)).status()).as(route).isEqualTo(401);
        }
    }

    @Test
    void publishedResultsAreOpenWithNameTeamAndEmployerOnly() {
        List<String> ids = markedButUnpublished();
        lock(ids.get(2));
        publish();

        JsonNode results = anonymous().get("/api/public/contests/" + contestId + "/results").body();
        JsonNode rows = results.path("disciplines").get(0).path("rows");
        assertThat(ApiClient.texts(rows, "name")).containsExactly("保密乙" + suffix, "保密甲" + suffix,
                "保密丙" + suffix);
        assertThat(rows.get(0).path("team").asText()).isEqualTo("宁波市代表队");
        assertThat(rows.get(0).path("employer").asText()).isEqualTo("国网供电公司");
        assertThat(rows.get(0).path("prize").asText()).isEqualTo("FIRST");
        assertThat(rows.get(0).path("total").isNumber()).isTrue();
        assertThat(rows.get(0).properties()).extracting(Map.Entry::getKey).containsExactly("rank", "startNumber",
                "name", "team", "employer", "theory", "practical", "total", "prize");
        assertThat(results.path("standings").get(0).path("team").asText()).isEqualTo("宁波市代表队");
        assertThat(results.toString()).doesNotContain("13805710001", "王建国", ids.getFirst());
    }

    @Test
    void theFeedDeliversNewEventsAsTheyHappenAndResumesAfterAGivenIdMissingNothing() throws InterruptedException {
        List<String> ids = markedButUnpublished();
        lock(ids.get(2));
        JsonNode published;
        try (FeedReader live = new FeedReader(port, 0)) {
            live.drain(Duration.ofMillis(500));
            publish();
            published = live.await(entry -> entry.path("contestId").asText().equals(contestId), Duration.ofSeconds(30));
        }
        assertThat(published.path("type").asText()).isEqualTo("DISCIPLINE_PUBLISHED");
        assertThat(published.path("data").path("disciplineName").asText()).isEqualTo("电工");
        assertThat(published.path("data").path("rows").get(0).path("name").asText()).isEqualTo("保密乙" + suffix);
        assertThat(published.path("at").asText()).isNotBlank();
        long publishedId = published.path("id").asLong();

        // While no one listens: an upheld appeal reopens a sheet, then the discipline is published again.
        String appealId = admin.post(path("/competitors/" + ids.get(2) + "/appeals"), Map.of("reason", "实操计时有误"))
                .body().path("id").asText();
        assertThat(as(chief).post(path("/appeals/" + appealId + "/uphold"), Map.of("reason", "计时错误属实"))
                .status()).isEqualTo(200);
        lock(ids.get(2));
        publish();

        awaitFeedCaughtUp();
        List<JsonNode> everything;
        try (FeedReader all = new FeedReader(port, 0)) {
            everything = all.drain(Duration.ofMillis(700));
        }
        List<JsonNode> resumed;
        try (FeedReader after = new FeedReader(port, publishedId)) {
            resumed = after.drain(Duration.ofMillis(700));
        }
        assertThat(resumed).extracting(entry -> entry.path("id").asLong())
                .containsExactlyElementsOf(everything.stream().map(entry -> entry.path("id").asLong())
                        .filter(id -> id > publishedId).toList())
                .isSorted();
        assertThat(resumed).filteredOn(entry -> entry.path("contestId").asText().equals(contestId))
                .extracting(entry -> entry.path("type").asText())
                .containsExactly("RESULTS_WITHDRAWN", "RESULTS_CHANGED");
    }

    @Test
    void badRequestsGetAProblemInTheCallersLanguageAndFloodsAreTurnedAway() {
        Response negative = anonymous().get("/api/public/feed?since=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.detail()).isEqualTo("参数 since 必须是不小于 0 的整数");
        assertThat(anonymous().get("/api/public/feed?since=abc").status()).isEqualTo(400);
        Response unknown = anonymous().inLanguage("en").get("/api/public/contests/no-such-contest/results");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("error.contest.unknown");

        Response refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            Response response = anonymous().get("/api/public/contests/" + contestId + "/results");
            if (response.status() == 429) {
                refused = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a flood is refused").isNotNull();
        assertThat(refused.detail()).isEqualTo("请求过于频繁，请稍后再试");
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    /** Facing the clients itself (no CONTEST_FORWARD_HEADERS), a node ignores the address a client claims. */
    @Test
    void aClientCannotEscapeItsLimitByNamingAnotherAddress() {
        boolean refused = false;
        for (int i = 0; i < 200 && !refused; i++) {
            refused = publicResultsAs("203.0.113.7").status() == 429;
        }
        assertThat(refused).as("a flood is refused").isTrue();
        List<Integer> asAnotherAddress = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asAnotherAddress.add(publicResultsAs("203.0.113.8").status());
        }
        assertThat(asAnotherAddress).contains(429);
    }

    @Test
    void oneClientCannotHoldMoreThanItsShareOfFeedStreams() {
        List<FeedReader> open = new ArrayList<>();
        try {
            FeedReader refused = null;
            for (int i = 0; i < 20 && refused == null; i++) {
                FeedReader reader = new FeedReader(port, Long.MAX_VALUE - 1);
                open.add(reader);
                if (reader.status() == 429) {
                    refused = reader;
                }
            }
            assertThat(refused).as("the stream over the limit is refused").isNotNull();
            assertThat(open.size()).isLessThanOrEqualTo(9);
        } finally {
            open.forEach(FeedReader::close);
        }
        // The server finds the closed streams at the next keep-alive and frees the client's share.
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try (FeedReader again = new FeedReader(port, Long.MAX_VALUE - 1)) {
                return again.status() == 200;
            }
        });
    }
}
