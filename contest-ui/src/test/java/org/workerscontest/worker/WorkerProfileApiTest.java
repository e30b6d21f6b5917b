package org.workerscontest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ApiScenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person's profile gathers a published first prize and an honour nominated by name (matched by name
 * and employer) and, once an organizer merges the person's second record, that record's innovation result.
 */
class WorkerProfileApiTest extends ApiScenario {

    private String register(String name, String unit) {
        Response registered = admin.post("/api/workers", Map.of("name", name, "gender", "MALE", "unit", unit,
                "region", "杭州市", "position", "配电运维", "frontLine", true));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.body().path("id").asText();
    }

    private void confer(String name, String employer, String gender) {
        String round = admin.post("/api/honours/rounds", Map.of("honourCode", "CRAFTSMAN", "level", "ENTERPRISE",
                "year", 2031, "quota", 1)).body().path("id").asText();
        String path = "/api/honours/rounds/" + round;
        Map<String, Object> nominee = new HashMap<>(Map.of("kind", "PERSON", "name", name, "employer", employer,
                "frontLine", true));
        if (gender != null) {
            nominee.put("gender", gender);
        }
        String nomination = admin.post(path + "/nominations", Map.of("nominee", nominee, "nominatedBy", "公司工会",
                "merits", "技能大赛一等奖")).body().path("id").asText();
        admin.post(path + "/close", null);
        admin.post(path + "/nominations/" + nomination + "/shortlist", null);
        admin.post(path + "/notice", Map.of("startsOn", "2031-04-01"));
        Response conferred = admin.post(path + "/confer", Map.of("conferredOn", "2031-04-10"));
        assertThat(conferred.status()).as(conferred.text()).isEqualTo(200);
    }

    @Test
    void aProfileGathersPrizesHonoursAndTheResultsOfAMergedRecord() {
        List<String> competitors = threeMarkedCompetitors("档案");
        competitors.forEach(this::lock);
        publish();
        String name = "档案乙" + suffix;
        String current = register(name, "国网供电公司");
        String former = register(name, "省电力检修公司");
        confer(name, "国网供电公司", null);
        confer(name, "国网供电公司", "FEMALE");
        Response recorded = admin.post("/api/innovation/results", Map.of("title", "带电作业绝缘遮蔽工具" + suffix,
                "kind", "SMALL_INVENTION", "authorIds", List.of(former), "unit", "省电力检修公司", "region", "杭州市",
                "date", LocalDate.of(2024, 6, 1).toString(), "description", "减少停电时间"));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);

        JsonNode before = admin.get("/api/workers/" + current + "/profile").body();
        assertThat(before.path("prizes")).singleElement().satisfies(prize -> {
            assertThat(prize.path("contestName").asText()).isEqualTo("评分测试赛");
            assertThat(prize.path("rank").asInt()).isEqualTo(1);
            assertThat(prize.path("prize").asText()).isEqualTo("FIRST");
        });
        assertThat(before.path("honours")).as("a namesake of the other gender is another person").singleElement()
                .satisfies(honour -> assertThat(honour.path("stage").asText()).isEqualTo("CONFERRED"));
        assertThat(before.path("innovation")).as("the result is on the other record").isEmpty();
        assertThat(admin.get("/api/workers/duplicates").body().findValuesAsText("id"))
                .contains(current, former);

        Response self = admin.post("/api/workers/" + former + "/merge", Map.of("survivorId", former));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.detail()).isEqualTo("不能与自己合并");
        Response unknown = admin.post("/api/workers/" + former + "/merge", Map.of("survivorId", "nobody"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("找不到职工档案 nobody（或已并入其他档案）");
        assertThat(admin.post("/api/workers/nobody/distinct", Map.of("otherWorkerId", current)).status())
                .isEqualTo(404);
        assertThat(new ApiClient(port, null, null).get("/api/workers/" + current + "/profile").status())
                .isEqualTo(401);

        Response merged = admin.post("/api/workers/" + former + "/merge", Map.of("survivorId", current));
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        JsonNode after = admin.get("/api/workers/" + current + "/profile").body();
        assertThat(after.path("innovation")).singleElement()
                .satisfies(result -> assertThat(result.path("title").asText()).isEqualTo("带电作业绝缘遮蔽工具" + suffix));
        assertThat(after.path("prizes")).hasSize(1);
        assertThat(after.path("mergedRecords")).singleElement()
                .satisfies(record -> assertThat(record.path("id").asText()).isEqualTo(former));
        assertThat(admin.get("/api/workers/" + former + "/profile").body().path("worker").path("id").asText())
                .as("the merged record leads to the profile it joined").isEqualTo(current);
        assertThat(admin.get("/api/workers/duplicates").body().findValuesAsText("id")).doesNotContain(former);
        Response again = admin.post("/api/workers/" + former + "/merge", Map.of("survivorId", current));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo("「" + name + "」的档案已并入其他档案");
        assertThat(ApiClient.texts(admin.get("/api/workers").body(), "id")).contains(current).doesNotContain(former);
    }
}
