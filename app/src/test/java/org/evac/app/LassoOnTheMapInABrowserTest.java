package org.evac.app;

import java.time.Duration;

import org.evac.app.testing.PageOnEvac;
import org.evac.app.testing.Filing;
import org.evac.app.testing.Resident;
import org.evac.app.testing.RunningEvac;
import org.evac.app.testing.Volunteer;
import org.evac.domain.i18n.Language;
import org.evac.telegramfake.FakeTelegramApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer on a phone-sized screen rings households on the map with the lasso and adds
 * them to her run; one that another volunteer's run took meanwhile is named, kindly, and
 * the rest are added.
 */
@EnabledIf(value = "org.evac.app.testing.HeadlessChromium#foundOrRequired",
		disabledReason = "no Chromium on this machine: the build's last line says how to include it")
class LassoOnTheMapInABrowserTest {

	static final Duration WAIT = Duration.ofSeconds(20);

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
	void aVolunteerRingsHouseholdsWithTheLassoAndIsToldWhichAnotherRunTook() {
		Volunteer admin = Volunteer.admin(evac);
		admin.createVolunteer("olena", "VOLUNTEER");
		Volunteer taras = admin.createVolunteer("taras", "VOLUNTEER");
		String one = Filing.files(new Resident(telegram, 7301L, Language.UK, evac), "Краматорськ", "вул. Шевченка, 12",
				"050 765 43 31");
		String two = Filing.files(new Resident(telegram, 7302L, Language.UK, evac), "Краматорськ", "вул. Миру, 3",
				"050 765 43 32");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);

		browser.get("http://127.0.0.1:" + evac.port() + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("olena");
		browser.findElement(By.id("password")).sendKeys("olena-password-123");
		browser.findElement(By.id("login-button")).click();
		tap(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#run-new summary"))));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-settlement"))).sendKeys("Краматорськ");
		tap(browser.findElement(By.id("run-create")));
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#run-current h3"), "Краматорськ"));
		tap(browser.findElement(By.id("map-button")));
		wait.until(ExpectedConditions.attributeToBe(By.id("map-legend"), "data-markers", "2"));

		// a ring drawn round the middle of the map, where the town is
		tap(browser.findElement(By.id("map-lasso")));
		WebElement map = browser.findElement(By.id("run-map"));
		centre(map);
		new Actions(browser).moveToElement(map, -90, -90)
			.clickAndHold()
			.moveByOffset(180, 0)
			.moveByOffset(0, 180)
			.moveByOffset(-180, 0)
			.moveByOffset(0, -170)
			.release()
			.perform();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-add-selection"), "(2)"));
		assertThat(browser.findElement(By.id("run-center")).getAttribute("textContent"))
			.as("the lasso's last touch does not move the run's circle")
			.doesNotContain("Коло: 4");

		// meanwhile taras takes the second household into his own run
		String his = taras.post("/api/runs", """
				{"date":"2026-12-24","settlement":"Краматорськ","seats":8,"stretcherPlaces":0}""")
			.json()
			.get("id")
			.asText();
		assertThat(taras.post("/api/runs/" + his + "/requests/" + two).status()).isEqualTo(200);

		tap(browser.findElement(By.id("map-add-selection")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Не додано 1"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("Додано: 1", two);
		assertThat(browser.findElement(By.id("run-stops")).getText()).contains(one).doesNotContain(two);
	}

	private static void tap(WebElement element) {
		centre(element);
		element.click();
	}

	private static void centre(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

}
