package org.workerscontest.laborcompetition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** A labor competition through the REST API: set-up, reports, verification, veto, import and conclusion. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LaborApiTest {

    static final List<Map<String, Object>> INDICATORS = List.of(
            Map.of("code", "OUTPUT", "name", "产值", "unitOfMeasure", "万元", "direction", "HIGHER_IS_BETTER", "weight", 40),
            Map.of("code", "ENERGY", "name", "单位能耗", "unitOfMeasure", "吨标煤", "direction", "LOWER_IS_BETTER",
                    "weight", 30),
            Map.of("code", "ACCIDENTS", "name", "安全事故", "unitOfMeasure", "起", "direction", "LOWER_IS_BETTER",
                    "weight", 30));

    @Value("${local.server.port}")
    int port;

    ApiClient admin;
    String campaignId;
    String reporter;
    String otherReporter;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        reporter = "rep" + suffix;
        otherReporter = "rep2" + suffix;
        for (String username : List.of(reporter, otherReporter)) {
            assertThat(admin.post("/api/users", Map.of("username", username, "password", "password-1",
                    "displayName", "填报员", "role", "UNIT_REPORTER")).status()).isEqualTo(201);
        }
        Response created = admin.post("/api/campaigns", campaign(INDICATORS));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        campaignId = created.body().path("id").asText();
        assertThat(admin.send("PUT", path("/units/U01/reporters"), Map.of("reporters", List.of(reporter)), Map.of())
                .status()).isEqualTo(200);
        assertThat(admin.send("PUT", path("/units/U02/reporters"), Map.of("reporters", List.of(otherReporter)),
                Map.of()).status()).isEqualTo(200);
    }

    static Map<String, Object> campaign(List<Map<String, Object>> indicators) {
        return Map.of("name", "2026年“五比一创”劳动竞赛", "theme", "五比一创", "organizer", "省总工会",
                "units", List.of("一公司", "二公司", "三公司"), "indicators", indicators,
                "periods", List.of(Map.of("code", "Q1", "name", "第一季度"), Map.of("code", "Q2", "name", "第二季度")),
                "awardCount", 2, "awardName", "先进集体");
    }

    private String path(String rest) {
        return "/api/campaigns/" + campaignId + rest;
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, "password-1");
    }

    private static Map<String, Object> report(Object output, Object energy, Object accidents) {
        return Map.of("values", Map.of("OUTPUT", output, "ENERGY", energy, "ACCIDENTS", accidents));
    }

    private void submitAndVerify(String unitId, String period, Object output, Object energy, Object accidents) {
        Response submitted = admin.send("PUT", path("/reports/" + unitId + "/" + period),
                report(output, energy, accidents), Map.of());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(admin.post(path("/reports/" + unitId + "/" + period + "/verify"), null).status()).isEqualTo(200);
    }

    @Test
    void aCampaignGoesFromSetUpToAwardsWithHandComputedScores() {
        Response own = as(reporter).send("PUT", path("/reports/U01/Q1"), Map.of("values",
                Map.of("OUTPUT", 200, "ENERGY", 50, "ACCIDENTS", 0), "note", "按时报送"), Map.of());
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        assertThat(own.body().path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(admin.post(path("/reports/U01/Q1/verify"), null).body().path("state").asText()).isEqualTo("VERIFIED");
        submitAndVerify("U02", "Q1", 100, 40, 2);
        submitAndVerify("U03", "Q1", 0, 80, 1);
        submitAndVerify("U01", "Q2", 150, 45, 1);
        submitAndVerify("U02", "Q2", 300, 30, 1);

        JsonNode standings = admin.get(path("/standings")).body();
        assertThat(ApiClient.texts(standings.path("periods").get(0).path("rows"), "score"))
                .containsExactly("94.0", "50.0", "15.0");
        assertThat(standings.path("countedPeriods")).isEmpty();

        Response early = admin.post(path("/conclude"), null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.detail()).isEqualTo("还有考核期未关闭填报：Q1、Q2");
        assertThat(admin.post(path("/periods/Q1/close"), null).status()).isEqualTo(200);
        assertThat(admin.post(path("/periods/Q2/close"), null).status()).isEqualTo(200);
        Response vetoed = admin.post(path("/vetoes"), Map.of("unitId", "U01", "periodCode", "Q2",
                "reason", "发生较大安全生产事故"));
        assertThat(vetoed.status()).isEqualTo(200);

        Response concluded = admin.post(path("/conclude"), null);
        assertThat(concluded.status()).as(concluded.text()).isEqualTo(200);
        JsonNode overall = concluded.body().path("overall");
        // u2 (50 + 100) / 2 = 75, u3 (15 + 0) / 2 = 7.5, u1 vetoed (94 + 70) / 2 = 82 but last.
        assertThat(ApiClient.texts(overall, "unitName")).containsExactly("二公司", "三公司", "一公司");
        assertThat(ApiClient.texts(overall, "score")).containsExactly("75.0", "7.5", "82.0");
        assertThat(ApiClient.texts(overall, "awarded")).containsExactly("true", "true", "false");
        assertThat(ApiClient.texts(overall, "vetoed")).containsExactly("false", "false", "true");

        Response afterwards = admin.post(path("/vetoes/lift"), Map.of("unitId", "U01", "periodCode", "Q2",
                "reason", "复核"));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.detail()).isEqualTo("该劳动竞赛已结束，不能再更改");

        JsonNode open = new ApiClient(port, null, null).get("/api/public/campaigns/" + campaignId + "/standings").body();
        assertThat(open.path("concluded").asBoolean()).isTrue();
        assertThat(ApiClient.texts(open.path("standings").path("overall"), "unitName"))
                .containsExactly("二公司", "三公司", "一公司");
    }

    @Test
    void aReporterSeesAndEditsOnlyTheirOwnUnitsReports() {
        assertThat(as(otherReporter).send("PUT", path("/reports/U02/Q1"), report(10, 1, 0), Map.of()).status())
                .isEqualTo(200);
        Response foreign = as(reporter).send("PUT", path("/reports/U02/Q1"), report(999, 1, 0), Map.of());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.detail()).isEqualTo("您只能填报本单位的报表，不能填报 二公司 的报表");
        assertThat(as(reporter).send("PUT", path("/reports/U01/Q1"), report(20, 1, 0), Map.of()).status())
                .isEqualTo(200);

        assertThat(ApiClient.texts(as(reporter).get(path("/reports")).body(), "unitId")).containsExactly("U01");
        assertThat(ApiClient.texts(admin.get(path("/reports")).body(), "unitId")).containsExactly("U01", "U02");
        assertThat(ApiClient.texts(as(reporter).get("/api/campaigns").body(), "id")).containsExactly(campaignId);
        assertThat(as(reporter).post(path("/reports/U01/Q1/verify"), null).status()).isEqualTo(403);
        assertThat(as(reporter).post(path("/periods/Q1/close"), null).status()).isEqualTo(403);
        assertThat(admin.get(path("/reports/U02/Q1")).status()).isIn(404, 405);
        assertThat(as(otherReporter).get(path("/reports")).body().get(0).path("values").path("OUTPUT").asDouble())
                .isEqualTo(10.0);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        Response weights = admin.post("/api/campaigns", campaign(List.of(INDICATORS.get(0), INDICATORS.get(1))));
        assertThat(weights.status()).isEqualTo(400);
        assertThat(weights.detail()).isEqualTo("各指标权重之和应为 100，当前为 70");
        assertThat(new ApiClient(port, "admin", "admin-test-pw").inLanguage("en")
                .post("/api/campaigns", campaign(List.of(INDICATORS.get(0)))).detail())
                .isEqualTo("The indicators' weights must add up to 100, not 40");

        Response negative = as(reporter).send("PUT", path("/reports/U01/Q1"), report(-1, 1, 0), Map.of());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.detail()).isEqualTo("指标「产值」不能为负数");
        Response missing = as(reporter).send("PUT", path("/reports/U01/Q1"),
                Map.of("values", Map.of("OUTPUT", 1)), Map.of());
        assertThat(missing.detail()).isEqualTo("请填写指标「单位能耗」");
        assertThat(admin.get(path("/reports")).body()).isEmpty();

        assertThat(as(reporter).send("PUT", path("/reports/U01/Q1"), report(5, 1, 0), Map.of()).status())
                .isEqualTo(200);
        Response noReason = admin.post(path("/reports/U01/Q1/reject"), Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(admin.post(path("/reports/U01/Q1/reject"), Map.of("reason", "产值单位应为万元")).status())
                .isEqualTo(200);
        assertThat(admin.post(path("/periods/Q1/close"), null).status()).isEqualTo(200);
        Response closed = as(otherReporter).send("PUT", path("/reports/U02/Q1"), report(5, 1, 0), Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.detail()).isEqualTo("考核期「Q1」已关闭填报");
        Response corrected = as(reporter).send("PUT", path("/reports/U01/Q1"), report(50000, 1, 0), Map.of());
        assertThat(corrected.status()).as("a rejected report may be put right after closing").isEqualTo(200);
        assertThat(corrected.body().path("corrections").asInt()).isEqualTo(1);

        assertThat(admin.get("/api/campaigns/no-such-campaign").status()).isEqualTo(404);
        assertThat(admin.send("PUT", path("/units/U03/reporters"), Map.of("reporters", List.of(reporter)), Map.of())
                .detail()).startsWith("「" + reporter + "」已是 一公司 的填报员");
        assertThat(new ApiClient(port, null, null).get(path("/standings")).status()).isEqualTo(401);
    }

    @Test
    void reportsAreImportedWholeOrNotAtAllWithEveryProblemByRow() {
        String bad = """
                单位,期间,产值,单位能耗,安全事故,备注
                一公司,Q1,200,50,0,
                四公司,Q1,100,40,2,
                二公司,第九季度,100,-40,2,
                """;
        Response refused = admin.upload(path("/reports/import"), "reports.csv", bad);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = refused.body();
        assertThat(problem.path("code").asText()).isEqualTo("error.import.refused");
        assertThat(ApiClient.texts(problem.path("problems"), "")).hasSize(3);
        assertThat(problem.path("problems").get(0).asText()).contains("第 3 行", "四公司");
        assertThat(problem.path("problems").toString()).contains("第九季度", "不能为负数");
        assertThat(admin.get(path("/reports")).body()).isEmpty();

        Response accepted = admin.upload(path("/reports/import"), "reports.csv", """
                单位,期间,OUTPUT,ENERGY,ACCIDENTS,备注
                一公司,Q1,200,50,0,台账核对
                二公司,第一季度,100,40,2,
                三公司,Q1,0,80,1,
                """);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.body().path("imported").asInt()).isEqualTo(3);
        assertThat(ApiClient.texts(admin.get(path("/reports")).body(), "state")).containsOnly("SUBMITTED");
    }
}
