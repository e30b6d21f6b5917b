package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ApiScenario;

import com.fasterxml.jackson.databind.JsonNode;

/** A discipline from set-up to published results through the REST API, with every kind of refusal. */
class ScoringApiTest extends ApiScenario {

    @Test
    void aDisciplineGoesFromSetUpToPublishedResultsAndStandings() {
        defineElectrician();
        String zhang = competitor("张伟", hangzhou);
        String li = competitor("李娜", ningbo);
        String wang = competitor("王强", hangzhou);
        markFully(zhang, "90", 36, 25, 3, 2, 2);
        markFully(li, "80", 38, 28, 3, 3, 3);
        markFully(wang, "70", 20, 15, 1, 1, 1);

        Response early = admin.post(path("/disciplines/ELEC/publish"), null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.detail()).isEqualTo("还有 3 份评分表未锁定，不能发布成绩");

        List.of(zhang, li, wang).forEach(this::lock);
        publish();

        JsonNode results = admin.get(path("/disciplines/ELEC/results")).body();
        assertThat(results.path("published").asBoolean()).isTrue();
        JsonNode first = results.path("rows").get(0);
        // 李娜: practical 38 + 28 + 30 = 96, total 0.3 × 80 + 0.7 × 96 = 91.20
        assertThat(first.path("name").asText()).isEqualTo("李娜");
        assertThat(first.path("team").asText()).isEqualTo("宁波市代表队");
        assertThat(first.path("total").isNumber()).isTrue();
        assertThat(first.path("total").decimalValue()).isEqualByComparingTo("91.20");
        assertThat(first.path("prize").asText()).isEqualTo("FIRST");
        JsonNode second = results.path("rows").get(1);
        // 张伟: 36 + 25 + 30 × 7/9 = 84.33; total 27 + 59.03 = 86.03; 王强: 45 practical, total 52.50
        assertThat(second.path("practical").decimalValue()).isEqualByComparingTo("84.33");
        assertThat(second.path("total").decimalValue()).isEqualByComparingTo("86.03");
        assertThat(second.path("prize").asText()).isEqualTo("THIRD");
        JsonNode third = results.path("rows").get(2);
        assertThat(third.path("rank").asInt()).isEqualTo(3);
        assertThat(third.path("prize").isNull()).isTrue();

        JsonNode standings = admin.get(path("/standings")).body();
        assertThat(standings.get(0).path("team").asText()).isEqualTo("宁波市代表队");
        assertThat(standings.get(0).path("first").asInt()).isEqualTo(1);
        assertThat(standings.get(1).path("teamId").asText()).isEqualTo(hangzhou);
        assertThat(standings.get(1).path("third").asInt()).isEqualTo(1);
        assertThat(standings.get(1).path("totalSum").decimalValue()).isEqualByComparingTo("138.53");

        Response excel = admin.get(path("/disciplines/ELEC/results.xlsx"));
        assertThat(excel.status()).isEqualTo(200);
        assertThat(excel.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        Response csv = admin.get(path("/standings.csv"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("名次,代表队,一等奖,二等奖,三等奖,总分合计", "宁波市代表队,1,0,0,91.20");

        JsonNode history = admin.get(path("/competitors/" + zhang + "/history")).body();
        assertThat(ApiClient.texts(history, "type")).containsSubsequence("CompetitorRegistered",
                "TheoryScoreRecorded", "MarkEntered", "SheetLocked");
        assertThat(ApiClient.texts(history, "user")).contains(judges.getFirst(), chief);

        JsonNode sheet = admin.get(path("/competitors/" + zhang)).body();
        assertThat(sheet.path("locked").asBoolean()).isTrue();
        assertThat(sheet.path("marks")).hasSize(5);
        Response unknown = admin.get(path("/competitors/nobody"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("找不到选手 nobody");
    }

    @Test
    void marksOutsideTheRulesAreRefusedAndNothingChanges() {
        defineElectrician();
        String zhang = competitor("张伟", hangzhou);

        Response offPanel = mark(chief, zhang, "A2", 10);
        assertThat(offPanel.status()).isEqualTo(403);
        Response notTheirs = mark(judges.get(1), zhang, "A1", 10);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.detail()).isEqualTo("评分项 A1 由裁判「" + judges.getFirst() + "」负责评分");
        Response tooHigh = mark(judges.get(1), zhang, "A2", 30.5);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.detail()).isEqualTo("评分项 A2 的分数应在 0–30 之间，最多两位小数（录入的是 30.5）");
        assertThat(mark(judges.get(1), zhang, "B1", 4).code()).isEqualTo("error.mark.judgementScore");
        assertThat(mark(judges.get(1), zhang, "Z9", 1).status()).isEqualTo(404);
        assertThat(mark(judges.get(1), "no-such", "A2", 1).status()).isEqualTo(404);
        Response organizerMarks = admin.send("PUT", path("/competitors/" + zhang + "/marks/A2"), Map.of("value", 1),
                Map.of());
        assertThat(organizerMarks.status()).isEqualTo(403);

        assertThat(mark(judges.get(1), zhang, "A2", 25).status()).isEqualTo(200);
        Response noReason = mark(judges.get(1), zhang, "A2", 26);
        assertThat(noReason.detail()).isEqualTo("修改评分项 A2 的已录分数需要填写原因");
        Response revised = as(judges.get(1)).send("PUT", path("/competitors/" + zhang + "/marks/A2"),
                Map.of("value", 26, "reason", "漏计一项"), Map.of());
        assertThat(revised.status()).isEqualTo(200);

        JsonNode sheet = admin.get(path("/disciplines/ELEC/competitors")).body().get(0);
        assertThat(sheet.path("marks")).hasSize(1);
        assertThat(sheet.path("marks").get(0).path("value").decimalValue()).isEqualByComparingTo("26");
        assertThat(sheet.path("marks").get(0).path("revisions").asInt()).isEqualTo(1);

        Response lockIncomplete = as(chief).post(path("/competitors/" + zhang + "/lock"), null);
        assertThat(lockIncomplete.status()).isEqualTo(400);
        assertThat(lockIncomplete.code()).isEqualTo("error.sheet.theoryMissing");
        Response judgeLocks = as(judges.getFirst()).post(path("/competitors/" + zhang + "/lock"), null);
        assertThat(judgeLocks.status()).isEqualTo(403);
    }

    @Test
    void aMarkIsAnsweredWithTheDisciplinesReceiptAndAResentMarkHasNoSecondEffect() {
        defineElectrician();
        String zhang = competitor("张伟", hangzhou);
        Response first = mark(judges.get(0), zhang, "B1", 3);
        assertThat(first.body().path("change").asText()).isEqualTo("ENTERED");
        assertThat(first.body().path("judge").asText()).isEqualTo(judges.get(0));
        assertThat(first.body().path("flagged").asBoolean()).isFalse();
        Response apart = mark(judges.get(1), zhang, "B1", 1);
        assertThat(apart.body().path("flagged").asBoolean()).as("3 and 1 are more than 1 apart").isTrue();

        String markPath = path("/competitors/" + zhang + "/marks/B1");
        Map<String, String> sameRequest = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> revision = Map.of("value", 2, "reason", "复核后更正");
        Response revised = as(judges.get(1)).send("PUT", markPath, revision, sameRequest);
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        assertThat(revised.body().path("change").asText()).isEqualTo("REVISED");
        assertThat(revised.body().path("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(revised.body().path("flagged").asBoolean()).isFalse();
        Response resent = as(judges.get(1)).send("PUT", markPath, revision, sameRequest);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.body()).isEqualTo(revised.body());

        Response otherValue = as(judges.get(1)).send("PUT", markPath, Map.of("value", 3, "reason", "复核后更正"),
                sameRequest);
        assertThat(otherValue.status()).as("the same key with another body").isEqualTo(409);
        assertThat(otherValue.contentType()).startsWith("application/problem+json");
        assertThat(otherValue.code()).isEqualTo("error.request.reused");
        assertThat(otherValue.detail()).contains("Idempotency-Key");
        Response otherPath = as(judges.get(1)).send("PUT", path("/competitors/" + zhang + "/marks/A1"),
                Map.of("value", 10), sameRequest);
        assertThat(otherPath.status()).as("the same key on another path").isEqualTo(409);
        Response otherJudge = as(judges.get(2)).send("PUT", markPath, Map.of("value", 2), sameRequest);
        assertThat(otherJudge.status()).as("keys are per user: another judge's key is their own").isEqualTo(200);
        assertThat(otherJudge.body().path("judge").asText()).isEqualTo(judges.get(2));
        assertThat(otherJudge.body().path("change").asText()).isEqualTo("ENTERED");
        Response tooLong = as(judges.get(1)).send("PUT", markPath, revision, Map.of("Idempotency-Key", "k".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.detail()).isEqualTo("请求编号（Idempotency-Key / X-Request-Id）最长 100 个字符");

        awaitMarkShown(revised.body());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ApiClient.texts(
                admin.get(path("/competitors/" + zhang + "/history")).body(), "type"))
                .containsExactly("CompetitorRegistered", "MarkEntered", "MarkEntered", "MarkRevised", "MarkEntered"));
        JsonNode sheet = admin.get(path("/competitors/" + zhang)).body();
        assertThat(sheet.path("marks").findValues("revisions")).extracting(JsonNode::asInt).containsExactly(0, 1, 0);
    }

    @Test
    void aFlaggedSheetNeedsTheChiefJudgeAndALockedSheetTakesNoMarksUntilReopened() {
        defineElectrician();
        String zhang = competitor("张伟", hangzhou);
        markFully(zhang, "90", 36, 25, 3, 1, 2);

        Response flagged = as(chief).post(path("/competitors/" + zhang + "/lock"), null);
        assertThat(flagged.detail()).isEqualTo("选手「张伟」的评分项 B1 分差过大，需裁判修改或裁判长确认后才能锁定");
        assertThat(as(chief).post(path("/competitors/" + zhang + "/flags/B1/confirm"), Map.of("reason", "现场复核无误"))
                .status()).isEqualTo(200);
        assertThat(as(chief).post(path("/competitors/" + zhang + "/lock"), null).status()).isEqualTo(200);

        Response afterLock = mark(judges.get(1), zhang, "A2", 20);
        assertThat(afterLock.status()).isEqualTo(409);
        assertThat(afterLock.detail()).isEqualTo("选手「张伟」的评分表已锁定，不能再修改");

        Response appeal = admin.post(path("/competitors/" + zhang + "/appeals"), Map.of("reason", "安全文明分有误"));
        assertThat(appeal.status()).isEqualTo(201);
        String appealId = appeal.body().path("id").asText();
        assertThat(admin.post(path("/appeals/" + appealId + "/uphold"), Map.of("reason", "x")).status())
                .isEqualTo(403);
        Response upheld = as(chief).post(path("/appeals/" + appealId + "/uphold"), Map.of("reason", "录入错误属实"));
        assertThat(upheld.body().path("state").asText()).isEqualTo("UPHELD");

        Response reopenedMark = as(judges.get(1)).send("PUT", path("/competitors/" + zhang + "/marks/A2"),
                Map.of("value", 20, "reason", "申诉成立后更正"), Map.of());
        assertThat(reopenedMark.status()).isEqualTo(200);
        assertThat(admin.get(path("/appeals")).body().get(0).path("state").asText()).isEqualTo("UPHELD");
    }

    @Test
    void twoJudgesMarkingTheSameSheetAtOnceNeverOverwriteEachOther() throws Exception {
        defineElectrician();
        List<String> competitors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            competitors.add(competitor("选手" + i, hangzhou));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> marks = new ArrayList<>();
        for (String competitorId : competitors) {
            for (String judge : judges) {
                marks.add(() -> mark(judge, competitorId, "B1", 2).status());
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(marks)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200);
        for (JsonNode sheet : admin.get(path("/disciplines/ELEC/competitors")).body()) {
            assertThat(ApiClient.texts(sheet.path("marks"), "judge")).containsExactlyInAnyOrderElementsOf(judges);
        }
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() {
        Response document = new ApiClient(port, null, null).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("paths").has("/api/contests/{contestId}/competitors/{competitorId}/marks/{criterionCode}"))
                .isTrue();
        assertThat(new ApiClient(port, null, null).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void setUpRefusesBadSchemesPanelsAndCompetitors() {
        Response badSum = admin.post(path("/disciplines"), Map.of("code", "WELD", "name", "焊工",
                "theoryWeight", 0.3, "practicalWeight", 0.7, "criteria", List.of(
                        Map.of("code", "A1", "name", "焊缝", "kind", "MEASUREMENT", "maxMark", 60))));
        assertThat(badSum.status()).isEqualTo(400);
        assertThat(badSum.detail()).isEqualTo("各评分项满分合计须为 100（现为 60）");
        assertThat(admin.get(path("/disciplines")).body()).isEmpty();

        defineElectrician();
        Response again = admin.post(path("/disciplines"), Map.of("code", "ELEC", "name", "电工二",
                "theoryWeight", 0.3, "practicalWeight", 0.7, "criteria", List.of(
                        Map.of("code", "A1", "name", "线路", "kind", "MEASUREMENT", "maxMark", 100))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo("本竞赛已有代码为「ELEC」的项目");

        Response twoJudges = admin.send("PUT", path("/disciplines/ELEC/panel"), Map.of("judges",
                judges.subList(0, 2), "chiefJudge", chief), Map.of());
        assertThat(twoJudges.detail()).isEqualTo("含主观评分项的项目至少需要 3 名裁判（现为 2 名）");

        Response unknownTeam = admin.post(path("/competitors"), Map.of("name", "赵敏", "teamId", "no-team",
                "disciplineCode", "ELEC"));
        assertThat(unknownTeam.detail()).isEqualTo("代表队 no-team 不存在或已退赛");
        Response unknownDiscipline = admin.post(path("/competitors"), Map.of("name", "赵敏", "teamId", hangzhou,
                "disciplineCode", "NOPE"));
        assertThat(unknownDiscipline.status()).isEqualTo(404);
        Response judgeDefines = as(judges.getFirst()).post(path("/disciplines"), Map.of("code", "X"));
        assertThat(judgeDefines.status()).isEqualTo(403);
    }
}
