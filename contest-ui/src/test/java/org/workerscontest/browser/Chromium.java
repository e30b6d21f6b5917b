package org.workerscontest.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium and ChromeDriver, with nothing downloaded and a fresh profile each time. */
final class Chromium {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A desktop browser whose page area (not its window) is exactly this size. */
    static ChromeDriver start(int width, int height) {
        ChromeDriver browser = start(width, height, new ChromeOptions());
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** A phone's screen: desktop Chromium cannot make its window this narrow. */
    static ChromeDriver startPhone(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        return start(width, height, options);
    }

    private static ChromeDriver start(int width, int height, ChromeOptions options) {
        try {
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height,
                    "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
            Files.createDirectories(SCREENSHOTS);
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the login page, as a person does. */
    static void signIn(ChromeDriver browser, int port, String user, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        WebElement field = browser.findElement(By.cssSelector("input[name='password']"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    }

    /** Waits for the web fonts (the CJK glyphs) so that the picture shows the text as people see it. */
    static void screenshot(ChromeDriver browser, String name) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "loaded".equals(browser.executeScript("return document.fonts.status")));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
