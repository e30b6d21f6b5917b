package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.workerscontest.ApiScenario;

/**
 * The big screen in real Chromium, left open while the chief judge locks sheets and the organizer
 * publishes through the API: every change shows within 2 s, by server push, without a reload.
 */
class DisplayFlowTest extends ApiScenario {

    /** The requirement: a change shows on every open screen within this. */
    static final Duration PUSHED_WITHIN = Duration.ofSeconds(2);

    @Autowired
    WebServerApplicationContext server;

    ChromeDriver screen;
    ChromeDriver organizer;

    @AfterEach
    void stopChromium() {
        for (ChromeDriver browser : new ChromeDriver[] {screen, organizer}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static WebElement showing(ChromeDriver browser, Duration within, String text) {
        return new WebDriverWait(browser, within).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='display-body' or @id='display-page-title'][contains(., '" + text + "')]")));
    }

    @Test
    void theOpenScreenFollowsLockingPublishingAndTheCeremonyWithinTwoSeconds() {
        List<String> ids = threeMarkedCompetitors("大屏");
        screen = Chromium.start(1920, 1080);
        screen.get(url("display/" + contestId + "?interval=600"));
        showing(screen, Duration.ofSeconds(30), "已完成评分 0 / 3");
        assertThat(screen.findElement(By.id("display-body")).getText()).doesNotContain("大屏甲" + suffix);

        lock(ids.get(0));
        showing(screen, PUSHED_WITHIN, "已完成评分 1 / 3");
        lock(ids.get(1));
        lock(ids.get(2));
        showing(screen, PUSHED_WITHIN, "已完成评分 3 / 3");
        assertThat(screen.findElement(By.id("display-body")).getText()).doesNotContain("大屏甲" + suffix);
        Chromium.screenshot(screen, "display-progress");

        publish();
        showing(screen, PUSHED_WITHIN, "电工 · 成绩公布");
        showing(screen, PUSHED_WITHIN, "大屏乙" + suffix);
        assertThat(screen.findElement(By.id("display-body")).getText()).contains("一等奖", "宁波市代表队");
        Chromium.screenshot(screen, "display-screen");

        screen.findElement(By.id("display-next")).click();
        showing(screen, Duration.ofSeconds(5), "代表队奖牌榜");
        pauseForTheChartToFinishDrawing();
        Chromium.screenshot(screen, "display-standings");

        // The organizer runs the ceremony from another machine; the screen follows each click.
        organizer = Chromium.start(1400, 900);
        Chromium.signIn(organizer, port, "admin", "admin-test-pw");
        WebDriverWait wait = new WebDriverWait(organizer, Duration.ofSeconds(30));
        organizer.get(url("contests/" + contestId + "/ceremony"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ceremony-discipline"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '电工')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ceremony-start"))).click();
        showing(screen, PUSHED_WITHIN, "颁奖典礼");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ceremony-next"))).click();
        WebElement spotlight = new WebDriverWait(screen, PUSHED_WITHIN).until(
                ExpectedConditions.presenceOfElementLocated(By.id("ceremony-spotlight")));
        // Three competitors: one first prize and one third prize (rule 7), the third revealed first.
        assertThat(spotlight.getText()).contains("三等奖");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ceremony-next"))).click();
        new WebDriverWait(screen, PUSHED_WITHIN).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("ceremony-spotlight"), "大屏乙" + suffix));
        assertThat(screen.findElement(By.id("ceremony-spotlight")).getText()).contains("一等奖");
        pauseForTheChartToFinishDrawing();
        Chromium.screenshot(screen, "display-ceremony");
        Chromium.screenshot(organizer, "ceremony-remote");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ceremony-end"))).click();
        showing(screen, PUSHED_WITHIN, "电工 · 成绩公布");
    }

    @Test
    void thePhoneViewShowsEverythingStackedAndRecoversWhenItsSessionIsGone() {
        List<String> ids = threeMarkedCompetitors("大屏");
        ids.forEach(this::lock);
        publish();
        screen = Chromium.startPhone(390, 844);
        screen.get(url("display/" + contestId + "?mode=phone"));
        showing(screen, Duration.ofSeconds(30), "大屏乙" + suffix);
        assertThat(screen.findElement(By.id("display-body")).getText()).contains("电工 · 成绩公布", "代表队奖牌榜");
        pauseForTheChartToFinishDrawing();
        Chromium.screenshot(screen, "display-phone");

        // What a restarted server means to an open page: its session is gone. The page starts a new one.
        expireEveryHttpSession();
        String appealId = admin.post(path("/competitors/" + ids.get(2) + "/appeals"), Map.of("reason", "计时有误"))
                .body().path("id").asText();
        assertThat(as(chief).post(path("/appeals/" + appealId + "/uphold"), Map.of("reason", "属实"))
                .status()).isEqualTo(200);
        // Within the phone's 30 s keep-alive poll, the page notices and reloads itself.
        showing(screen, Duration.ofSeconds(45), "已完成评分 2 / 3");
        assertThat(screen.findElement(By.id("display-body")).getText()).doesNotContain("大屏乙" + suffix);
    }

    private void expireEveryHttpSession() {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        for (var child : tomcat.getHost().findChildren()) {
            for (Session session : ((Context) child).getManager().findSessions()) {
                session.expire();
            }
        }
    }

    /** ECharts animates its bars for about a second; the picture should show them finished. */
    private static void pauseForTheChartToFinishDrawing() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
