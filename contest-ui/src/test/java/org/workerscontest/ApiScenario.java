package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ApiClient.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fresh contest with two teams, three judges and a chief judge, built through the REST API, and the
 * steps to define, mark, lock and publish its electrician discipline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiScenario {

    @Value("${local.server.port}")
    protected int port;

    protected ApiClient admin;
    protected String contestId;
    protected String hangzhou;
    protected String ningbo;
    protected String suffix;
    protected List<String> judges;
    protected String chief;

    @BeforeEach
    protected void setUpContest() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
        contestId = admin.post("/api/contests", ApiClient.contest("评分测试赛")).body().path("id").asText();
        hangzhou = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("杭州市代表队", "杭州市"))
                .body().path("id").asText();
        ningbo = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("宁波市代表队", "宁波市"))
                .body().path("id").asText();
        suffix = UUID.randomUUID().toString().substring(0, 6);
        judges = List.of("ja" + suffix, "jb" + suffix, "jc" + suffix);
        chief = "cj" + suffix;
        judges.forEach(judge -> user(judge, "JUDGE"));
        user(chief, "CHIEF_JUDGE");
    }

    protected void user(String username, String role) {
        assertThat(admin.post("/api/users", Map.of("username", username, "password", "password-1",
                "displayName", "裁判", "role", role)).status()).isEqualTo(201);
    }

    protected ApiClient as(String username) {
        return new ApiClient(port, username, "password-1");
    }

    /** The contest's public results, as a proxy forwards a request of the client at that address. */
    protected Response publicResultsAs(String clientAddress) {
        return new ApiClient(port, null, null).send("GET", "/api/public/contests/" + contestId + "/results", null,
                Map.of("X-Forwarded-For", clientAddress));
    }

    protected String path(String rest) {
        return "/api/contests/" + contestId + rest;
    }

    protected void defineElectrician() {
        Response defined = admin.post(path("/disciplines"), Map.of("code", "ELEC", "name", "电工",
                "theoryWeight", 0.3, "practicalWeight", 0.7, "criteria", List.of(
                        Map.of("code", "A1", "name", "线路敷设", "kind", "MEASUREMENT", "maxMark", 40),
                        Map.of("code", "A2", "name", "安全文明", "kind", "MEASUREMENT", "maxMark", 30),
                        Map.of("code", "B1", "name", "工艺美观", "kind", "JUDGEMENT", "maxMark", 30))));
        assertThat(defined.status()).as(defined.text()).isEqualTo(201);
        Response panel = admin.send("PUT", path("/disciplines/ELEC/panel"), Map.of("judges", judges,
                "chiefJudge", chief, "measurementJudges", Map.of("A1", judges.getFirst())), Map.of());
        assertThat(panel.status()).as(panel.text()).isEqualTo(200);
    }

    protected String competitor(String name, String teamId) {
        Response created = admin.post(path("/competitors"), Map.of("name", name, "teamId", teamId,
                "disciplineCode", "ELEC", "employer", "国网供电公司"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    /**
     * A judge's mark; once accepted, waits until the sheet read model shows it, as the judge's tablet does
     * (the mark's answer does not wait for the read models).
     */
    protected Response mark(String judge, String competitorId, String criterion, Object value) {
        Response entered = enterMark(judge, competitorId, criterion, value, null);
        if (entered.status() == 200) {
            awaitMarkShown(entered.body());
        }
        return entered;
    }

    /** A judge's mark, with the reason a revision needs when given, answered without waiting for the read models. */
    protected Response enterMark(String judge, String competitorId, String criterion, Object value, String reason) {
        return as(judge).send("PUT", path("/competitors/" + competitorId + "/marks/" + criterion),
                reason == null ? Map.of("value", value) : Map.of("value", value, "reason", reason), Map.of());
    }

    /** Until the competitor's sheet shows the mark a receipt names. */
    protected void awaitMarkShown(JsonNode receipt) {
        String sheet = path("/competitors/" + receipt.path("competitorId").asText());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.get(sheet).body().path("marks"))
                .anySatisfy(mark -> {
                    assertThat(mark.path("criterionCode").asText()).isEqualTo(receipt.path("criterionCode").asText());
                    assertThat(mark.path("judge").asText()).isEqualTo(receipt.path("judge").asText());
                    assertThat(mark.path("value").decimalValue()).isEqualByComparingTo(receipt.path("value").decimalValue());
                }));
    }

    protected void markFully(String competitorId, String theory, int a1, int a2, int... judgement) {
        assertThat(admin.send("PUT", path("/competitors/" + competitorId + "/theory"), Map.of("score", theory),
                Map.of()).status()).isEqualTo(200);
        assertThat(mark(judges.get(0), competitorId, "A1", a1).status()).isEqualTo(200);
        assertThat(mark(judges.get(1), competitorId, "A2", a2).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(mark(judges.get(i), competitorId, "B1", judgement[i]).status()).isEqualTo(200);
        }
    }

    /** Electricians 甲, 乙 and 丙 (name prefix first, test suffix last), fully marked, none locked; 乙 ranks first. */
    protected List<String> threeMarkedCompetitors(String prefix) {
        defineElectrician();
        List<String> ids = List.of(competitor(prefix + "甲" + suffix, hangzhou),
                competitor(prefix + "乙" + suffix, ningbo), competitor(prefix + "丙" + suffix, hangzhou));
        markFully(ids.get(0), "91.5", 36, 25, 3, 2, 2);
        markFully(ids.get(1), "82.25", 38, 28, 3, 3, 3);
        markFully(ids.get(2), "70", 30, 20, 2, 2, 2);
        return ids;
    }

    protected void lock(String competitorId) {
        Response locked = as(chief).post(path("/competitors/" + competitorId + "/lock"), null);
        assertThat(locked.status()).as(locked.text()).isEqualTo(200);
    }

    protected void publish() {
        Response published = admin.post(path("/disciplines/ELEC/publish"), null);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
    }
}
