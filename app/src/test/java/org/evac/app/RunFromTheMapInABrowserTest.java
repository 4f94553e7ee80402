package org.evac.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evac.app.testing.PageOnEvac;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator on a phone-sized screen draws a circle round a town on the map, gets a
 * van's worth of the most urgent households in it, schedules them in one tap, opens the
 * driver's sheet and closes the run household by household, while each resident hears
 * what concerns them. Without a network the tiles stay blank and the markers (SVG
 * circles) still show. Screenshots of the map and the sheet go to
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
	void aCoordinatorPlansARunFromTheMapSchedulesItOpensTheSheetAndClosesIt() throws Exception {
		Resident first = new Resident(telegram, 7101L, Language.UK, evac);
		Resident second = new Resident(telegram, 7102L, Language.EN, evac);
		Resident third = new Resident(telegram, 7103L, Language.RU, evac);
		String one = Filing.files(first, "Краматорськ", "вул. Шевченка, 12", "050 765 43 21");
		String two = Filing.files(second, "Краматорськ", "вул. Миру, 3", "050 765 43 22");
		String later = Filing.files(third, "Краматорськ", "вул. Садова, 7", "050 765 43 23");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);

		browser.get(page());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(RunningEvac.ADMIN_PASSWORD);
		browser.findElement(By.id("login-button")).click();

		// zoomed out, the town's three households are one circle with their count
		tap(wait.until(ExpectedConditions.elementToBeClickable(By.id("map-button"))));
		wait.until(ExpectedConditions.attributeToBe(By.id("map-legend"), "data-markers", "3"));
		wait.until(ExpectedConditions.attributeToBe(By.id("map-legend"), "data-groups", "1"));
		By group = By.cssSelector("#run-map path.map-group");
		assertThat(browser.findElement(group).getAttribute("data-count")).isEqualTo("3");
		screenshot("run-0-map-grouped", "run-map-box");
		tap(wait.until(ExpectedConditions.elementToBeClickable(group)));
		wait.until(ExpectedConditions.attributeToBe(By.id("map-legend"), "data-groups", "0"));
		for (String number : new String[] { one, two, later }) {
			assertThat(browser.findElement(By.cssSelector("#run-map path.map-marker[data-request='" + number + "']"))
				.isDisplayed()).isTrue();
		}

		// a tap beside the town puts the run's circle there; the van has two seats
		WebElement map = browser.findElement(By.id("run-map"));
		centre(map);
		new Actions(browser).moveToElement(map, 60, 60).click().perform();
		tap(browser.findElement(By.cssSelector("#run-new summary")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-center"), "Коло: "));
		WebElement seats = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-seats")));
		seats.clear();
		seats.sendKeys("2");
		browser.findElement(By.id("run-place")).sendKeys("School No. 3");
		tap(browser.findElement(By.id("run-create")));

		// the two longest waiting fit; the third stays in the queue
		tap(wait.until(ExpectedConditions.elementToBeClickable(By.id("run-suggest"))));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-stops"), one));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-stops"), two));
		assertThat(browser.findElement(By.id("run-stops")).getText()).doesNotContain(later);
		assertThat(browser.findElement(By.id("run-seats-left")).getText()).startsWith("Вільних місць: 0 з 2");
		screenshot("run-1-map", "run-map-box");

		tap(browser.findElement(By.id("run-schedule")));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Рейс заплановано"));
		telegram.awaitMessageContaining(first.chatId(), first.text("notice.status.SCHEDULED", one), WAIT);
		telegram.awaitMessageContaining(second.chatId(), second.text("notice.status.SCHEDULED", two), WAIT);
		screenshot("run-2-scheduled", "run-current");

		String sheet = browser.findElement(By.id("run-sheet")).getAttribute("href");
		browser.get(sheet);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "вул. Миру, 3"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains(one, "+380507654321")
			.doesNotContain(later);
		screenshot("run-3-sheet", null);

		// back on the page: the crew found the first household, not the second
		String run = sheet.replaceAll(".*/api/runs/([^/]+)/sheet.*", "$1");
		browser.get(page());
		tapWhenSettled(wait, By.cssSelector("[data-run='" + run + "']"));
		outcome(wait, one, "EVACUATED");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(stop(one)), "евакуйовано"));
		telegram.awaitMessageContaining(first.chatId(), first.text("notice.status.EVACUATED", one), WAIT);
		outcome(wait, two, "NOT_FOUND");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#run-current h3"), "закрито"));
		telegram.awaitMessageContaining(second.chatId(), second.text("notice.run.not-found", two), WAIT);
		screenshot("run-4-closed", "run-current");
	}

	/**
	 * A tap as a thumb makes it: on the element in the middle of the screen, clear of the
	 * page's sticky header.
	 */
	private static void tap(WebElement element) {
		centre(element);
		element.click();
	}

	/**
	 * A tap on what {@code where} finds once it holds still: the page draws its lists
	 * again when their data arrives, so an element found a moment before may be gone.
	 */
	private static void tapWhenSettled(WebDriverWait wait, By where) {
		wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			WebElement found = ExpectedConditions.elementToBeClickable(where).apply(driver);
			if (found == null) {
				return false;
			}
			tap(found);
			return true;
		});
	}

	private static void centre(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private static String page() {
		return "http://127.0.0.1:" + evac.port() + "/";
	}

	private static String stop(String number) {
		return "//ol[@id='run-stops']/li[contains(., '" + number + "')]";
	}

	private static void outcome(WebDriverWait wait, String number, String outcome) {
		By select = By.xpath(stop(number) + "//select[@class='run-outcome']");
		wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			WebElement found = ExpectedConditions.elementToBeClickable(select).apply(driver);
			if (found == null) {
				return false;
			}
			centre(found);
			new Select(found).selectByValue(outcome);
			return true;
		});
		tap(browser.findElement(By.id("run-close")));
	}

	/**
	 * Saves what the phone's screen shows, scrolled to {@code elementId} (or the top).
	 */
	private static void screenshot(String name, String elementId) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		if (elementId == null) {
			((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
		}
		else {
			centre(browser.findElement(By.id(elementId)));
		}
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
