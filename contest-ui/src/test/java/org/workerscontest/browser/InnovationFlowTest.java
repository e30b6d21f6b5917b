package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.workerscontest.ApiClient;

/**
 * Innovation results in real Chromium: the organizer records a result in the form, evaluates and adopts
 * it, and sees the statistics dashboard count it.
 */
class InnovationFlowTest extends BrowserTest {

    static final String[][] UNITS = {{"省海港集团", "宁波市"}, {"国网浙江电力", "杭州市"}, {"省交通集团", "绍兴市"},
            {"巨化集团", "衢州市"}};

    String author;
    String title;

    @BeforeEach
    void setUp() {
        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");
        String tag = UUID.randomUUID().toString().substring(0, 4);
        author = "郑晓燕" + tag;
        admin.post("/api/workers", Map.of("name", author, "gender", "FEMALE", "unit", "国网浙江电力", "region", "杭州市",
                "position", "运维班长", "frontLine", true));
        title = "配网带电作业绝缘遮蔽工具" + tag;
        // Earlier results so the charts have something to show.
        for (int i = 0; i < 12; i++) {
            String[] unit = UNITS[i % UNITS.length];
            String worker = admin.post("/api/workers", Map.of("name", "职工" + tag + i, "gender", "MALE", "unit",
                    unit[0], "region", unit[1], "frontLine", true)).body().path("id").asText();
            Map<String, Object> result = new HashMap<>(Map.of("title", "节能改造" + i, "kind",
                    i % 3 == 0 ? "SMALL_INVENTION" : i % 3 == 1 ? "RATIONALIZATION_PROPOSAL" : "TECH_RENOVATION",
                    "authorIds", List.of(worker), "unit", unit[0], "region", unit[1], "date",
                    (2023 + i % 4) + "-06-01", "claimedBenefit", 100000 + i * 20000));
            String id = admin.post("/api/innovation/results", result).body().path("id").asText();
            admin.post("/api/innovation/results/" + id + "/evaluate", Map.of("grade", i % 2 == 0 ? "FIRST" : "EXCELLENT"));
            if (i % 3 != 2) {
                admin.post("/api/innovation/results/" + id + "/adopt", Map.of("verifiedBenefit", 80000 + i * 15000));
            }
        }
    }




    private long adoptedOnTheDashboard() {
        browser.get("http://localhost:" + port + "/innovation/statistics");
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statistics-summary")));
        wait.until(driver -> summary.getText().contains("已采纳"));
        String[] lines = summary.getText().split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals("已采纳")) {
                return Long.parseLong(lines[i + 1].strip());
            }
        }
        throw new AssertionError("No adopted count in " + summary.getText());
    }

    @Test
    void anOrganizerRecordsEvaluatesAndAdoptsAResultAndTheStatisticsFollow() {
        Chromium.signIn(browser, port, "admin", "admin-test-pw");
        long adoptedBefore = adoptedOnTheDashboard();

        browser.get("http://localhost:" + port + "/innovation");
        click("record-result");
        type("result-title", title);
        WebElement authors = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#result-authors input")));
        authors.sendKeys(author);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + author + "')]"))).click();
        authors.sendKeys(Keys.ESCAPE);
        wait.until(driver -> !driver.findElement(By.cssSelector("#result-unit input")).getDomProperty("value").isEmpty());
        type("result-date", "2026/5/20");
        browser.findElement(By.cssSelector("#result-date input")).sendKeys(Keys.ENTER);
        type("result-claimed", "-300000");
        click("dialog-save");
        waitForText("经济效益不能为负数");
        WebElement claimed = browser.findElement(By.cssSelector("#result-claimed input"));
        claimed.sendKeys(Keys.chord(Keys.CONTROL, "a"), "300000");
        click("dialog-save");
        waitForText("已保存成果「" + title + "」");

        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]"))).click();
        click("evaluate-result");
        click("evaluation-grade");
        // The search filter has a grade select too; choose in the one that is open.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                By.xpath("//vaadin-select-item[contains(., '一等')]")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)).click();
        browser.findElement(By.cssSelector("#evaluation-comments textarea")).sendKeys("换装时间缩短一半，推广价值高");
        click("dialog-save");
        waitForText("已评审「" + title + "」");

        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]"))).click();
        click("adopt-result");
        WebElement verified = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#verified-benefit input")));
        verified.sendKeys(Keys.chord(Keys.CONTROL, "a"), "256000");
        Chromium.screenshot(browser, "40-adopt-result");
        click("dialog-save");
        waitForText("已采纳「" + title + "」");

        assertThat(adoptedOnTheDashboard()).isEqualTo(adoptedBefore + 1);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-units canvas")));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Chromium.screenshot(browser, "41-innovation-statistics");

        browser.get("http://localhost:" + port + "/display/innovation");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("display-body"), title));
        Chromium.screenshot(browser, "42-innovation-public");
    }
}
