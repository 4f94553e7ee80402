package org.evac.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evac.app.testing.Filing;
import org.evac.app.testing.HeadlessChromium;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator on a phone-sized screen draws a circle round a town on the map, fills a
 * run with the households in it, schedules them in one tap and opens the driver's sheet.
 * Without a network the tiles stay blank and the markers still show. Screenshots go to
 * {@code target/screenshots/}.
 */
@EnabledIf(value = "org.evac.app.testing.HeadlessChromium#foundOrRequired",
		disabledReason = "no Chromium on this machine: the build's last line says how to include it")
class RunFromTheMapInABrowserTest {

	static final Duration WAIT = Duration.ofSeconds(20);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static ChromeDriver browser;

	@BeforeAll
	static void start() {
		browser = HeadlessChromium.phoneSized();
		telegram = FakeTelegramApi.start();
		evac = RunningEvac.start(telegram);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (evac != null) {
			evac.close();
		}
		if (telegram != null) {
			telegram.close();
		}
	}

	@Test
	@Disabled("unfinished (issue 18): in headless Chromium the map's markers never arrived (#map-legend "
			+ "data-markers stayed empty); to be looked into")
	void aCoordinatorPlansARunFromTheMapSchedulesItAndOpensTheDriversSheet() throws Exception {
		Resident first = new Resident(telegram, 7101L, Language.UK, evac);
		Resident second = new Resident(telegram, 7102L, Language.EN, evac);
		String one = Filing.files(first, "Краматорськ", "вул. Шевченка, 12", "050 765 43 21");
		String two = Filing.files(second, "Краматорськ", "вул. Миру, 3", "050 765 43 22");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);

		browser.get("http://127.0.0.1:" + evac.port() + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(RunningEvac.ADMIN_PASSWORD);
		browser.findElement(By.id("login-button")).click();

		wait.until(ExpectedConditions.elementToBeClickable(By.id("map-button"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("map-legend"), "data-markers", "2"));
		browser.findElement(By.id("run-map")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-center"), "Коло: "));

		browser.findElement(By.cssSelector("#run-new summary")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-place"))).sendKeys("School No. 3");
		browser.findElement(By.id("run-create")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("map-add-circle"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-stops"), one));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-stops"), two));
		assertThat(browser.findElement(By.id("run-seats-left")).getText()).startsWith("Вільних місць: 6 з 8");
		screenshot("run-1-map");

		browser.findElement(By.id("run-schedule")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Рейс заплановано"));
		telegram.awaitMessageContaining(first.chatId(), first.text("notice.status.SCHEDULED", one), WAIT);
		telegram.awaitMessageContaining(second.chatId(), second.text("notice.status.SCHEDULED", two), WAIT);
		screenshot("run-2-scheduled");

		browser.get(browser.findElement(By.id("run-sheet")).getAttribute("href"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "вул. Миру, 3"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains(one, "+380507654321");
		screenshot("run-3-sheet");
	}

	private static void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
