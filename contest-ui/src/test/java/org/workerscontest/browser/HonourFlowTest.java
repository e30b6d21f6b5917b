package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.workerscontest.ApiClient;

/**
 * An organizer takes a round from opening through nomination, review and public notice to conferral in
 * real Chromium; a member of the public files an objection on the notice page, and afterwards finds the
 * honour on the honour roll and its verification page. Also looks at the person-profile screens.
 */
class HonourFlowTest extends BrowserTest {

    private void choose(String selectId, String item) {
        click(selectId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '" + item + "')]")))
                .click();
    }

    private void clickInGrid(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content//vaadin-button[contains(., '" + text + "')]"))).click();
    }

    /** A date picker's value is an ISO date; the change event hands it to the server as a person's pick does. */
    private void pickDate(LocalDate date) {
        WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-date-picker")));
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", picker, date.toString());
    }

    @Test
    void aRoundGoesFromNominationThroughAnObjectionToTheHonourRoll() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String nominee = "林" + suffix;
        int year = 2045 + new Random().nextInt(50);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Chromium.signIn(browser, port, "admin", "admin-test-pw");
        browser.get("http://localhost:" + port + "/honours");
        click("open-round");
        choose("round-honour", "工匠");
        choose("round-level", "企业级");
        type("round-year", String.valueOf(year));
        type("round-quota", "1");
        type("round-conferring-body", "省海港集团工会");
        click("dialog-save");
        waitForText("已新建评选");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + year + "']"))).click();
        wait.until(ExpectedConditions.urlMatches("/honours/.+"));
        String roundId = browser.getCurrentUrl().replaceAll(".*/honours/", "");

        click("nominate");
        type("nominee-name", nominee);
        type("nominee-employer", "宁波舟山港集团");
        type("nominated-by", "集团工会");
        click("dialog-save");
        waitForText("主要事迹不能为空");
        type("nominee-merits", "三十年专注桥吊操作，练就“一钩准”绝活");
        click("dialog-save");
        waitForText("已推荐 " + nominee);
        click("close-nominations");
        click("dialog-save");
        waitForText("已截止推荐");
        clickInGrid("列入公示");
        click("dialog-save");
        waitForText("已将 " + nominee + " 列入公示名单");
        click("start-notice");
        click("dialog-save");
        waitForText("已开始公示");

        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");
        String nomination = admin.get("/api/honours/rounds/" + roundId).body().path("nominations").get(0).path("id")
                .asText();
        ChromeDriver visitor = Chromium.start(412, 900);
        try {
            WebDriverWait visitorWait = new WebDriverWait(visitor, Duration.ofSeconds(30));
            visitor.get("http://localhost:" + port + "/display/honours/notice");
            visitorWait.until(ExpectedConditions.elementToBeClickable(By.id("object-" + nomination))).click();
            visitorWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#objection-contact input")))
                    .sendKeys("13912345678");
            visitor.findElement(By.cssSelector("#objection-text textarea")).sendKeys("其事迹材料中的获奖年份有误");
            visitor.findElement(By.id("objection-send")).click();
            visitorWait.until(driver -> driver.getPageSource().contains("异议已提交，组委会将核实处理"));

            browser.navigate().refresh();
            click("confer");
            pickDate(today.plusDays(5));
            click("dialog-save");
            waitForText("还有 1 条异议未处理，不能授予");
            browser.navigate().refresh();
            clickInGrid("处理异议");
            waitForText("其事迹材料中的获奖年份有误");
            type("reason", "经核实为笔误，不影响推荐");
            click("dialog-save");
            waitForText("异议已处理");

            click("confer");
            click("dialog-save");
            waitForText("之后才能授予");
            pickDate(today.plusDays(5));
            click("dialog-save");
            waitForText("荣誉已授予，已上光荣榜");
            Chromium.screenshot(browser, "52-honour-conferred");

            visitor.get("http://localhost:" + port + "/display/honours");
            visitorWait.until(ExpectedConditions.elementToBeClickable(By.linkText(nominee))).click();
            visitorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"), "有效"));
            assertThat(visitor.getPageSource()).contains("省海港集团工会", year + " · 企业级工匠")
                    .doesNotContain("13912345678", "一钩准");
            Chromium.screenshot(visitor, "53-certificate-verification");
        } finally {
            visitor.quit();
        }
        assertThat(admin.get("/api/honours/rounds/" + roundId).body()
                .path("nominations").get(0).path("objections").get(0).path("state").asText()).isEqualTo("DISMISSED");
    }

    @Test
    void theProfileAndDuplicateScreensRenderInChinese() {
        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");
        String name = "郑" + UUID.randomUUID().toString().substring(0, 4);
        String[] ids = new String[2];
        String[][] units = {{"国网宁波供电公司", "宁波市"}, {"国网余姚供电公司", "宁波市"}};
        for (int i = 0; i < 2; i++) {
            ids[i] = admin.post("/api/workers", Map.of("name", name, "gender", "MALE", "unit", units[i][0],
                    "region", units[i][1], "position", "变电运维", "frontLine", true)).body().path("id").asText();
        }
        Chromium.signIn(browser, port, "admin", "admin-test-pw");
        browser.get("http://localhost:" + port + "/workers/duplicates");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '国网余姚供电公司')]")));
        Chromium.screenshot(browser, "54-duplicates");
        browser.get("http://localhost:" + port + "/workers/" + ids[0]);
        waitForText("国网宁波供电公司");
        waitForText("竞赛成绩");
        Chromium.screenshot(browser, "55-profile");
    }
}
