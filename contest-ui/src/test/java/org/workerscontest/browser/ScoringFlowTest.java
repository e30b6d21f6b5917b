package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.workerscontest.ApiClient;

/**
 * Two judges and a chief judge take a discipline from set-up to published results in real Chromium:
 * the organizer sets it up (through the API, as an import would), each judge marks in the browser, the
 * chief judge locks the sheets, and the organizer publishes.
 */
class ScoringFlowTest extends BrowserTest {


    private void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }

    private void signIn(String user) {
        Chromium.signIn(browser, port, user, "password-1");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
    }

    private WebElement cell(String text) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]")));
    }

    /** ECharts animates its bars for about a second; the picture should show them finished. */
    private static void pauseForTheChartsToFinishDrawing() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }



    /** Types each mark and presses Enter, as a judge does: Enter moves on, and on the last field submits. */
    private void markSheet(String competitor, String criterion, String value) {
        cell(competitor).click();
        // The sheet is redrawn when the competitor changes: type only into the chosen competitor's sheet.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-vertical-layout[contains(@class,'score-sheet')]/h3[contains(., '" + competitor + "')]")));
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement input = driver.findElement(By.cssSelector("#mark-" + criterion + " input"));
            input.sendKeys(value);
            input.sendKeys(Keys.ENTER);
            return true;
        });
        wait.until(driver -> driver.getPageSource().contains("已保存「" + competitor + "」的评分"));
    }

    @Test
    void twoJudgesAndAChiefJudgeTakeADisciplineToPublishedResults() {
        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String judgeA = "jwa" + suffix;
        String judgeB = "jwb" + suffix;
        String chief = "cjw" + suffix;
        String organizer = "orw" + suffix;
        for (String[] account : new String[][] {{judgeA, "JUDGE"}, {judgeB, "JUDGE"}, {chief, "CHIEF_JUDGE"},
                {organizer, "ORGANIZER"}}) {
            admin.post("/api/users", Map.of("username", account[0], "password", "password-1", "displayName",
                    "测试", "role", account[1]));
        }
        String contestName = "焊工决赛 " + suffix;
        String contestId = admin.post("/api/contests", ApiClient.contest(contestName)).body().path("id").asText();
        String teams = "/api/contests/" + contestId + "/teams";
        String hangzhou = admin.post(teams, ApiClient.team("杭州市代表队", "杭州市")).body().path("id").asText();
        String ningbo = admin.post(teams, ApiClient.team("宁波市代表队", "宁波市")).body().path("id").asText();
        String base = "/api/contests/" + contestId;
        admin.post(base + "/disciplines", Map.of("code", "WELD", "name", "焊工", "theoryWeight", 0.3,
                "practicalWeight", 0.7, "criteria", List.of(
                        Map.of("code", "A1", "name", "焊缝外观", "kind", "MEASUREMENT", "maxMark", 60),
                        Map.of("code", "A2", "name", "内部质量", "kind", "MEASUREMENT", "maxMark", 40))));
        admin.send("PUT", base + "/disciplines/WELD/panel", Map.of("judges", List.of(judgeA, judgeB),
                "chiefJudge", chief, "measurementJudges", Map.of("A1", judgeA, "A2", judgeB)), Map.of());
        String zhao = admin.post(base + "/competitors", Map.of("name", "赵敏", "teamId", hangzhou,
                "disciplineCode", "WELD")).body().path("id").asText();
        String qian = admin.post(base + "/competitors", Map.of("name", "钱进", "teamId", ningbo,
                "disciplineCode", "WELD")).body().path("id").asText();
        admin.send("PUT", base + "/competitors/" + zhao + "/theory", Map.of("score", 88), Map.of());
        admin.send("PUT", base + "/competitors/" + qian + "/theory", Map.of("score", 92), Map.of());

        signIn(judgeA);
        open("judging");
        cell("赵敏");
        markSheet("赵敏", "A1", "55.5");
        screenshot("20-judge-sheet");
        markSheet("钱进", "A1", "50");

        signIn(judgeB);
        open("judging");
        markSheet("赵敏", "A2", "35");
        markSheet("钱进", "A2", "38");

        signIn(chief);
        open("contests/" + contestId + "/disciplines/WELD");
        cell("待锁定");
        screenshot("21-chief-judge-sheets");
        for (int i = 0; i < 2; i++) {
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-button[normalize-space(.)='锁定']"))).click();
            int lockedCount = i + 1;
            wait.until(driver -> driver.findElements(
                    By.xpath("//vaadin-grid-cell-content[normalize-space(.)='已锁定']")).size() >= lockedCount);
        }

        signIn(organizer);
        open("contests/" + contestId + "/disciplines/WELD");
        click("publish");
        click("dialog-save");
        wait.until(driver -> driver.getPageSource().contains("已发布「焊工」的成绩"));
        tab("成绩排名");
        // 赵敏: 0.3 × 88 + 0.7 × 90.5 = 89.75; 钱进: 0.3 × 92 + 0.7 × 88 = 89.20
        cell("89.75");
        cell("一等奖");
        screenshot("22-published-results");

        open("contests/" + contestId);
        tab("团体排名");
        cell("杭州市代表队");
        screenshot("23-team-standings");
        tab("进度看板");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-sheets canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-prizes canvas")));
        pauseForTheChartsToFinishDrawing();
        screenshot("24-progress-board");
        assertThat(admin.get(base + "/disciplines/WELD/results").body().path("published").asBoolean()).isTrue();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.title")).asString().contains("竞赛");
    }
}
