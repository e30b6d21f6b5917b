package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.publicview.Ceremonies;
import org.workerscontest.publicview.Ceremonies.Ceremony;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the public was shown stays as it was when the server restarts on the same data, or rebuilds its read
 * models: the open feed keeps its ids, so a client resuming from the last id it read gets every later entry
 * once and none it had; a running award ceremony goes on at the same step.
 */
class RestartTest {

    @TempDir
    Path data;
    private TestNode node;

    private ApiScenario start() {
        node = TestNode.start(data);
        return node.api;
    }

    private void stop() {
        node.close();
        node = null;
    }

    private void awaitCaughtUp() {
        node.awaitCaughtUp();
    }

    @AfterEach
    void stopNode() {
        SecurityContextHolder.clearContext();
        if (node != null) {
            stop();
        }
    }

    /** As the organizer on the ceremony screen. */
    private Ceremonies ceremonies() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        return node.bean(Ceremonies.class);
    }

    private List<JsonNode> feed(long since) throws InterruptedException {
        return node.feed(since);
    }

    private static List<Long> ids(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.path("id").asLong()).toList();
    }

    @Test
    void theFeedKeepsItsIdsAndTheCeremonyItsStepAcrossARestartAndARebuild() throws InterruptedException {
        ApiScenario first = start();
        first.setUpContest();
        List<String> competitors = first.threeMarkedCompetitors("重启");
        competitors.forEach(first::lock);
        first.publish();
        // An upheld appeal withdraws the results, and publishing again changes them: three entries.
        String appeal = first.admin.post(first.path("/competitors/" + competitors.get(2) + "/appeals"),
                Map.of("reason", "复核")).body().path("id").asText();
        assertThat(first.as(first.chief).post(first.path("/appeals/" + appeal + "/uphold"), Map.of("reason", "属实"))
                .status()).isEqualTo(200);
        first.lock(competitors.get(2));
        first.publish();
        awaitCaughtUp();
        List<JsonNode> before = feed(0).stream()
                .filter(entry -> first.contestId.equals(entry.path("contestId").asText())).toList();
        assertThat(before).extracting(entry -> entry.path("type").asText())
                .containsExactly("DISCIPLINE_PUBLISHED", "RESULTS_WITHDRAWN", "RESULTS_CHANGED");
        long readUpTo = before.get(0).path("id").asLong();
        Ceremony ceremony = ceremonies().start(first.contestId, "ELEC");
        ceremonies().next(first.contestId);
        ceremonies().next(first.contestId);
        String contestId = first.contestId;
        stop();

        ApiScenario second = start();
        second.contestId = contestId;
        second.chief = first.chief;
        second.judges = first.judges;
        List<JsonNode> resumed = feed(readUpTo);
        assertThat(resumed).as("every entry after the last one read, once, with the same ids and content")
                .isEqualTo(before.subList(1, 3));
        assertThat(ceremonies().current(contestId)).as("the ceremony goes on where it was").hasValueSatisfying(
                running -> {
                    assertThat(running.disciplineCode()).isEqualTo("ELEC");
                    assertThat(running.revealed()).isEqualTo(2);
                    assertThat(running.winners()).isEqualTo(ceremony.winners());
                });

        second.admin.post("/api/admin/projections/rebuild", null);
        Thread.sleep(500);
        awaitCaughtUp();
        assertThat(feed(readUpTo)).as("after a rebuild").isEqualTo(before.subList(1, 3));
        assertThat(ceremonies().current(contestId)).map(Ceremony::revealed).contains(2);

        // A later entry reaches a client that had everything before it, and nothing else.
        long last = before.getLast().path("id").asLong();
        Response reopened = second.as(second.chief).post(second.path("/competitors/" + competitors.get(1) + "/reopen"),
                Map.of("reason", "复核"));
        assertThat(reopened.status()).as(reopened.text()).isEqualTo(200);
        List<JsonNode> later = feed(last);
        assertThat(later).extracting(entry -> entry.path("type").asText()).containsExactly("RESULTS_WITHDRAWN");
        assertThat(ids(later).getFirst()).isGreaterThan(last);
        assertThat(ceremonies().current(contestId)).as("withdrawn results end what the screens show").isEmpty();
    }
}
