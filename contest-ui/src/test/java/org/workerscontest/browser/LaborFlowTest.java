package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;

/**
 * A labor competition in real Chromium: a unit reporter fills in and submits their unit's quarterly
 * report, the organizer verifies it, and the standings, charts and public page follow.
 */
class LaborFlowTest extends BrowserTest {

    static final String[] UNITS = {"杭绍甬高速项目部", "宁波舟山港梅山港区项目部", "杭州西站枢纽项目部", "温州瓯江口大桥项目部",
            "金义东城际铁路项目部", "湖州南太湖新区管廊项目部"};

    ApiClient admin;
    String campaignId;
    String reporter;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
        reporter = "tb" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/api/users", Map.of("username", reporter, "password", "password-1",
                "displayName", "宁波港集团工会", "role", "UNIT_REPORTER")).status()).isEqualTo(201);
        Response created = admin.post("/api/campaigns", Map.of("name", "2026年全省重点工程“五比一创”劳动竞赛",
                "theme", "五比一创", "organizer", "浙江省总工会", "units", List.of(UNITS), "awardCount", 2,
                "awardName", "先进集体", "indicators", List.of(
                        Map.of("code", "OUTPUT", "name", "产值完成率", "unitOfMeasure", "%", "direction",
                                "HIGHER_IS_BETTER", "weight", 40),
                        Map.of("code", "QUALITY", "name", "工程质量合格率", "unitOfMeasure", "%", "direction",
                                "HIGHER_IS_BETTER", "weight", 30),
                        Map.of("code", "ACCIDENTS", "name", "安全生产事故", "unitOfMeasure", "起", "direction",
                                "LOWER_IS_BETTER", "weight", 30))));
        campaignId = created.body().path("id").asText();
        assertThat(admin.send("PUT", "/api/campaigns/" + campaignId + "/units/U02/reporters",
                Map.of("reporters", List.of(reporter)), Map.of()).status()).isEqualTo(200);
        // Every other unit reports the first two quarters; the first is verified and closed.
        for (int unit = 1; unit <= UNITS.length; unit++) {
            for (String period : List.of("Q1", "Q2")) {
                if (unit == 2) {
                    continue;
                }
                String path = "/api/campaigns/" + campaignId + "/reports/U0" + unit + "/" + period;
                admin.send("PUT", path, Map.of("values", Map.of("OUTPUT", 90 + unit * 3 + (period.equals("Q2") ? 4 : 0),
                        "QUALITY", 96 + unit % 4, "ACCIDENTS", unit % 3 == 0 ? 1 : 0)), Map.of());
                admin.post(path + "/verify", null);
            }
        }
    }





    private static void pauseForTheChartsToFinishDrawing() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aReporterSubmitsTheirUnitsReportAndTheOrganizerVerifiesIt() {
        Chromium.signIn(browser, port, reporter, "password-1");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-side-nav-item[contains(., '劳动竞赛')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("2026年全省重点工程“五比一创”劳动竞赛"))).click();
        waitForText("本单位：宁波舟山港梅山港区项目部");
        type("report-Q1 #value-OUTPUT", "-5");
        type("report-Q1 #value-QUALITY", "98.5");
        type("report-Q1 #value-ACCIDENTS", "0");
        click("submit-Q1");
        waitForText("请输入不小于 0 的数值");
        type("report-Q1 #value-OUTPUT", "108.2");
        browser.findElement(By.cssSelector("#report-Q1 #report-note textarea")).sendKeys("含梅山二期追加投资");
        click("submit-Q1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-Q1"), "待审核"));
        Chromium.screenshot(browser, "30-reporter-form");
        assertThat(browser.getPageSource()).doesNotContain("杭绍甬高速项目部");

        Chromium.signIn(browser, port, "admin", "admin-test-pw");
        browser.get("http://localhost:" + port + "/campaigns/" + campaignId);
        tab("报表审核");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '含梅山二期追加投资')]")));
        assertThat(row.getText()).contains("含梅山二期追加投资");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content//vaadin-button[contains(., '审核通过')]"))).click();
        waitForText("已审核通过：宁波舟山港梅山港区项目部 第一季度");
        Chromium.screenshot(browser, "31-report-review");

        tab("排名");
        click("standings-period");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '第一季度')]")))
                .click();
        // The grid redraws its rows for the period chosen: look the row up again until it shows.
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '宁波舟山港梅山港区项目部')]")));
        waitForText("本期得分");
        Chromium.screenshot(browser, "32-campaign-standings");

        tab("图表分析");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-trend canvas")));
        pauseForTheChartsToFinishDrawing();
        Chromium.screenshot(browser, "33-campaign-charts");

        browser.get("http://localhost:" + port + "/display/campaigns/" + campaignId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("display-body"), "宁波舟山港梅山港区项目部"));
        Chromium.screenshot(browser, "34-campaign-public");
    }
}
