package org.workerscontest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.workerscontest.ApiClient;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.ops.ProjectionAdmin.ProjectionStatus;

/**
 * The first slice end to end in a real headless Chromium (Debian's chromium and chromium-driver):
 * an organizer signs in, creates a contest, registers a team and sees it listed. Screenshots of every
 * screen land in target/screenshots for a person to look at.
 */
class BrowserFlowTest extends BrowserTest {

    @Autowired
    ProjectionAdmin projections;

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }

    private WebElement input(String fieldId) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
    }




    private void signIn(String user, String password) {
        browser.get(url("login"));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        waitForText("职工技能竞赛与荣誉管理平台");
        screenshot("01-login");
        username.sendKeys(user);
        WebElement passwordField = browser.findElement(By.cssSelector("input[name='password']"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    }

    @Test
    void organizerCreatesAContestRegistersATeamAndSeesItListed() {
        signIn("admin", "admin-test-pw");
        waitForText("新建竞赛");
        screenshot("02-contest-list");

        String contestName = "2026年浙江省职工职业技能大赛 " + UUID.randomUUID().toString().substring(0, 4);
        click("new-contest");
        type("contest-name", contestName);
        type("contest-organizer", "浙江省总工会");
        // Date pickers take their value as ISO text, whatever the display locale.
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('contest-start').value='2026-09-15';"
                        + "document.getElementById('contest-end').value='2026-09-18';");
        screenshot("03-new-contest-dialog");
        click("dialog-save");

        waitForText("登记代表队");
        waitForText(contestName);
        click("register-team");
        type("team-name", "杭州市代表队");
        type("team-area", "杭州市");
        type("team-leader", "王建国");
        type("team-phone", "138 0571 0001");
        screenshot("04-register-team-dialog");
        click("dialog-save");

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '杭州市代表队')]")));
        assertThat(browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '13805710001')]"))).isNotNull();
        screenshot("05-contest-detail");

        // A second team with the same name is refused in Chinese, in the open form.
        click("register-team");
        type("team-name", "杭州市代表队");
        type("team-area", "杭州市");
        type("team-leader", "李秀英");
        type("team-phone", "13805710002");
        click("dialog-save");
        waitForText("本竞赛已有名为「杭州市代表队」的代表队");
        screenshot("06-duplicate-team-refused");

        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + contestName + "')]")));
    }

    @Test
    void administrationScreensRenderInChinese() {
        signIn("admin", "admin-test-pw");
        browser.get(url("users"));
        waitForText("新建用户");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '系统管理员')]")));
        screenshot("07-users");
        click("new-user");
        type("user-username", "caipan9");
        type("user-display-name", "周海燕");
        type("user-password", "123");
        click("dialog-save");
        waitForText("密码至少需要 8 位");
        screenshot("08-new-user-refused");
        type("user-password", "judge-pass-9");
        click("dialog-save");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'caipan9')]")));

        browser.get(url("audit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '创建用户')]")));
        screenshot("09-audit");

        browser.get(url("admin/projections"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '竞赛与代表队')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='运行节点']")));
        screenshot("10-projections");
        click("rebuild-all");
        waitForText("确定从事件存储同时重建全部读模型吗");
        click("dialog-save");
        waitForText("已开始重建全部读模型");
        screenshot("11-projections-rebuilding");

        // The open screen follows the processors by itself: the positions of new events show without 刷新.
        // Three events, so that no number drawn before (a position, or a lag of up to one more than the last
        // position) can be taken for the new one.
        ApiClient api = new ApiClient(port, "admin", "admin-test-pw");
        String contest = api.post("/api/contests", ApiClient.contest("读模型跟进赛")).body().path("id").asText();
        api.post("/api/contests/" + contest + "/teams", ApiClient.team("湖州市代表队", "湖州市"));
        api.post("/api/contests/" + contest + "/teams", ApiClient.team("嘉兴市代表队", "嘉兴市"));
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        long head = projections.statuses().stream().mapToLong(ProjectionStatus::position).max().orElseThrow();
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + head + "']"), 8));
    }

    @Test
    void aUsersLanguageChoiceIsRememberedAcrossSignIns() {
        String organizer = "org" + UUID.randomUUID().toString().substring(0, 6);
        new ApiClient(port, "admin", "admin-test-pw").post("/api/users", Map.of("username", organizer,
                "password", "organizer-pw", "displayName", "组委会", "role", "ORGANIZER"));
        signIn(organizer, "organizer-pw");
        waitForText("技能竞赛");
        click("language");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., 'English')]"))).click();
        waitForText("Audit log");
        screenshot("11-contest-list-english");

        browser.manage().deleteAllCookies();
        signIn(organizer, "organizer-pw");
        waitForText("Audit log");
        assertThat(browser.getPageSource()).doesNotContain("审计日志");
    }
}
