package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.workerscontest.ApiClient;

/** The honour screens in real Chromium, as an organizer and the public see them. */
class HonourScreensTest extends BrowserTest {

    @Test
    void theRoundsAndARoundsNominationsRenderInChinese() {
        ApiClient admin = new ApiClient(port, "admin", "admin-test-pw");
        String round = admin.post("/api/honours/rounds", Map.of("honourCode", "PIONEER_TEAM", "level", "CITY",
                "year", 2032, "quota", 2)).body().path("id").asText();
        for (String team : List.of("宁波港北仑第三集装箱码头桥吊班", "杭州地铁 5 号线运营班组")) {
            ApiClient.Response nominated = admin.post("/api/honours/rounds/" + round + "/nominations", Map.of(
                    "nominee", Map.of("kind", "TEAM", "name", team, "employer", "市总工会推荐", "frontLine", false),
                    "nominatedBy", "市总工会", "merits", "安全生产 3000 天", "attachmentTitles", List.of()));
            assertThat(nominated.status()).as(nominated.text()).isEqualTo(201);
        }
        Chromium.signIn(browser, port, "admin", "admin-test-pw");
        browser.get("http://localhost:" + port + "/honours/" + round);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '宁波港北仑第三集装箱码头桥吊班')]")));
        assertThat(browser.getPageSource()).contains("2032 · 市级工人先锋号", "推荐中");
        Chromium.screenshot(browser, "50-honour-round");
        browser.get("http://localhost:" + port + "/honours");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending-nominations")));
        Chromium.screenshot(browser, "51-honours");
    }
}
