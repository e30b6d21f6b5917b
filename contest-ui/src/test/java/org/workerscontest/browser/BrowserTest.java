package org.workerscontest.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A test in one headless Chromium (1400×900) against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @Value("${local.server.port}")
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() {
        browser = Chromium.start(1400, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Types into a Vaadin field by its id and leaves it, so the value reaches the server. */
    protected void type(String fieldId, String value) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement input = driver.findElement(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
            input.clear();
            input.sendKeys(value);
            input.sendKeys(Keys.TAB);
            return true;
        });
    }

    protected void tab(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., '" + label + "')]")))
                .click();
    }

    protected void waitForText(String text) {
        wait.until(driver -> driver.getPageSource().contains(text));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }
}
