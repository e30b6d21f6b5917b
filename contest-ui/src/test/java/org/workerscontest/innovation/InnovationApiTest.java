package org.workerscontest.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** Innovation results through the REST API: record, evaluate, adopt, search, statistics, and refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InnovationApiTest {

    @Value("${local.server.port}")
    int port;

    ApiClient admin;
    String unit;
    String author;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
        unit = "测试港务公司" + UUID.randomUUID().toString().substring(0, 4);
        Response worker = admin.post("/api/workers", Map.of("name", "王海涛", "gender", "MALE", "unit", unit,
                "region", "宁波市", "position", "桥吊司机", "frontLine", true));
        assertThat(worker.status()).as(worker.text()).isEqualTo(201);
        author = worker.body().path("id").asText();
    }

    private Map<String, Object> result(String title, String kind, Object claimed) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "kind", kind, "authorIds", List.of(author),
                "unit", unit, "region", "宁波市", "date", "2026-05-20", "description", "换刀时间缩短六成"));
        if (claimed != null) {
            body.put("claimedBenefit", claimed);
        }
        return body;
    }

    @Test
    void aResultIsRecordedEvaluatedAdoptedAndCountedInTheStatistics() {
        Response recorded = admin.post("/api/innovation/results", result("桥吊吊具快速换装工装", "SMALL_INVENTION", 500000));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        String id = recorded.body().path("id").asText();

        JsonNode before = admin.get("/api/innovation/statistics?region=宁波市").body();
        Response evaluated = admin.post("/api/innovation/results/" + id + "/evaluate",
                Map.of("grade", "FIRST", "comments", "效益显著"));
        assertThat(evaluated.body().path("result").path("state").asText()).isEqualTo("EVALUATED");
        Response adopted = admin.post("/api/innovation/results/" + id + "/adopt",
                Map.of("verifiedBenefit", 420000.5, "comments", "财务核定"));
        assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
        assertThat(adopted.body().path("authors").get(0).asText()).isEqualTo("王海涛");
        assertThat(adopted.body().path("result").path("verifiedBenefit").asDouble()).isEqualTo(420000.5);

        JsonNode after = admin.get("/api/innovation/statistics?region=宁波市").body();
        assertThat(after.path("adopted").asLong()).isEqualTo(before.path("adopted").asLong() + 1);
        assertThat(after.path("verifiedBenefit").asDouble() - before.path("verifiedBenefit").asDouble())
                .isEqualTo(420000.5);

        JsonNode found = admin.get("/api/innovation/results?q=王海涛&unit=" + unit).body();
        assertThat(ApiClient.texts(found, "studio")).hasSize(1);
        assertThat(found.get(0).path("result").path("title").asText()).isEqualTo("桥吊吊具快速换装工装");
        assertThat(admin.get("/api/innovation/results?kind=PATENT&unit=" + unit).body()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        Response negative = admin.post("/api/innovation/results", result("负效益成果", "SMALL_DESIGN", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.detail()).isEqualTo("经济效益不能为负数");
        Map<String, Object> unknownAuthor = result("无名成果", "SMALL_DESIGN", null);
        unknownAuthor.put("authorIds", List.of("nobody"));
        assertThat(admin.post("/api/innovation/results", unknownAuthor).detail())
                .isEqualTo("职工档案中没有编号为 nobody 的职工");

        String number = "ZL2026" + (100000 + new Random().nextInt(899999)) + ".1";
        Map<String, Object> patent = result("绝缘斗臂", "PATENT", null);
        patent.put("patentNumber", number);
        assertThat(admin.post("/api/innovation/results", patent).status()).isEqualTo(201);
        Response duplicate = admin.post("/api/innovation/results", patent);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.detail()).isEqualTo("专利号「" + number + "」已被其他成果登记");

        String id = admin.post("/api/innovation/results", result("待撤回成果", "SMALL_SUGGESTION", null)).body()
                .path("id").asText();
        assertThat(admin.post("/api/innovation/results/" + id + "/withdraw", Map.of("reason", "重复申报")).status())
                .isEqualTo(200);
        Response graded = admin.post("/api/innovation/results/" + id + "/evaluate", Map.of("grade", "FIRST"));
        assertThat(graded.status()).isEqualTo(409);
        assertThat(graded.detail()).isEqualTo("成果已撤回");
        assertThat(admin.get("/api/innovation/results?unit=" + unit).body()).hasSize(2);
        assertThat(admin.get("/api/innovation/results/nope").status()).isEqualTo(404);
        assertThat(new ApiClient(port, null, null).get("/api/innovation/results").status()).isEqualTo(401);
    }

    @Test
    void aFileOfResultsIsImportedWholeOrNotAtAllAndTheStatisticsExportAsAWorkbook() throws Exception {
        Response refused = admin.upload("/api/innovation/results/import", "results.csv", """
                成果名称,类别,专利号,完成人,完成单位,地区,完成日期,申报经济效益
                岸桥节能改造,技术革新,,王海涛,%1$s,宁波市,2026-03-01,300000
                无名成果,小发明,,查无此人,%1$s,宁波市,2026-03-02,100
                负效益,小设计,,王海涛,%1$s,宁波市,2026-13-40,-5
                类别错,大发明,,王海涛,%1$s,宁波市,2026-03-04,
                """.formatted(unit));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("problems")).hasSize(4);
        assertThat(refused.body().path("problems").toString()).contains("第 3 行", "查无此人", "第 4 行", "2026-13-40",
                "不能为负数", "第 5 行", "大发明");
        assertThat(admin.get("/api/innovation/results?unit=" + unit).body()).isEmpty();

        Response imported = admin.upload("/api/innovation/results/import", "results.csv", """
                成果名称,类别,专利号,完成人,完成单位,地区,完成日期,申报经济效益
                岸桥节能改造,技术革新,,王海涛,%1$s,宁波市,2026-03-01,300000
                锁扣拆装工具,小发明,,王海涛,%1$s,宁波市,2025/11/20,
                """.formatted(unit));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.body().path("imported").asInt()).isEqualTo(2);
        assertThat(ApiClient.texts(admin.get("/api/innovation/results?unit=" + unit).body(), "authors"))
                .hasSize(2);

        byte[] workbook = admin.download("/api/innovation/statistics.xlsx?year=2026");
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheetName(0)).isEqualTo("概况");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("成果数");
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
        }
    }

    @Test
    void thePublicSeesOnlyGradedOrAdoptedResults() {
        String listed = admin.post("/api/innovation/results", result("公开成果" + unit, "SMALL_INVENTION", 10)).body()
                .path("id").asText();
        admin.post("/api/innovation/results/" + listed + "/evaluate", Map.of("grade", "SECOND"));
        String ungraded = admin.post("/api/innovation/results", result("未评成果" + unit, "SMALL_INVENTION", 10)).body()
                .path("id").asText();
        admin.post("/api/innovation/results/" + ungraded + "/evaluate", Map.of("grade", "NOT_GRADED"));
        admin.post("/api/innovation/results", result("待评成果" + unit, "SMALL_INVENTION", 10));

        String open = new ApiClient(port, null, null).get("/api/public/innovation/results").text();
        assertThat(open).contains("公开成果" + unit).doesNotContain("未评成果" + unit, "待评成果" + unit);
        assertThat(new ApiClient(port, null, null).get("/api/public/innovation/studios").status()).isEqualTo(200);
    }

    @Test
    void aStudioListsItsResultsAndTheirVerifiedBenefit() {
        Response studio = admin.post("/api/innovation/studios", Map.of("name", "王海涛劳模创新工作室", "level", "PROVINCIAL",
                "leaderId", author, "unit", unit, "memberIds", List.of(), "namedOn", "2024-04-28"));
        assertThat(studio.status()).as(studio.text()).isEqualTo(201);
        String studioId = studio.body().path("id").asText();
        Map<String, Object> body = result("工作室成果", "STUDIO_RESULT", 100);
        body.put("studioId", studioId);
        String id = admin.post("/api/innovation/results", body).body().path("id").asText();
        admin.post("/api/innovation/results/" + id + "/evaluate", Map.of("grade", "EXCELLENT"));
        admin.post("/api/innovation/results/" + id + "/adopt", Map.of("verifiedBenefit", 80));

        JsonNode view = admin.get("/api/innovation/studios/" + studioId).body();
        assertThat(view.path("leader").asText()).isEqualTo("王海涛");
        assertThat(view.path("results")).hasSize(1);
        assertThat(view.path("verifiedBenefit").asDouble()).isEqualTo(80.0);
    }
}
