package org.evac.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evac.app.testing.PageOnEvac;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.place.Places;
import org.evac.domain.place.SaferTown;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * A coordinator on a phone-sized screen, in a real headless Chromium: makes a personal
 * access token (its secret shown once, and it works), sees the reference data nobody
 * checked, marks a hotline checked and retires a safer town under an evacuation order.
 */
@EnabledIf(value = "org.evac.app.testing.HeadlessChromium#foundOrRequired",
		disabledReason = "no Chromium on this machine: the build's last line says how to include it")
class UpkeepOnThePageInABrowserTest {

	static final Duration WAIT = Duration.ofSeconds(15);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String DONETSK = "UA14000000000091971";

	static final String KRAMATORSK = "UA14120090010038661";

	static FakeTelegramApi telegram;

	static RunningEvac evac;

	static ChromeDriver browser;

	static PageOnEvac page;

	@BeforeAll
	static void start() {
		page = PageOnEvac.start();
		browser = page.browser();
		telegram = page.telegram();
		evac = page.evac();
	}

	@AfterAll
	static void stop() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void aCoordinatorMakesATokenChecksAHotlineAndRetiresATownUnderAnEvacuationOrder() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		browser.get("http://127.0.0.1:" + evac.port() + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(RunningEvac.ADMIN_PASSWORD);
		browser.findElement(By.id("login-button")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-name"))).sendKeys("export script");
		click(By.cssSelector("#token-form button[type=submit]"));
		String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#token-secret code")))
			.getText();
		assertThat(secret).startsWith("evac_pat_");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "export script"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("all-tokens"), "export script"));
		assertThat(bearer(secret)).isEqualTo(200);

		By angels = By.cssSelector("button[data-check='donetsk-white-angels']");
		wait.until(ExpectedConditions.elementToBeClickable(angels));
		assertThat(browser.findElement(By.id("due")).getText()).contains("Бахмутський напрямок");
		screenshot("upkeep-1-due");
		click(angels);
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(angels));

		click(By.cssSelector("button[data-retire='" + KRAMATORSK + "']"));
		wait.until(ExpectedConditions.alertIsPresent()).sendKeys("Наказ ОВА");
		browser.switchTo().alert().accept();
		wait.until(ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector("button[data-retire='" + KRAMATORSK + "']")));
		assertThat(evac.bean(Places.class).saferTowns(DONETSK)).extracting(SaferTown::code).doesNotContain(KRAMATORSK);
		screenshot("upkeep-2-done");
	}

	/** Under the sticky header a button is clicked in the middle of the screen. */
	private static void click(By button) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				browser.findElement(button));
		browser.findElement(button).click();
	}

	private static int bearer(String secret) throws Exception {
		java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + evac.port() + "/api/requests"))
				.header("Authorization", "Bearer " + secret)
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		return response.statusCode();
	}

	private static void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight);");
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
