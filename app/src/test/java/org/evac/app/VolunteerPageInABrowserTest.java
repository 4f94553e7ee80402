package org.evac.app;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer on a phone-sized screen, in a real headless Chromium: logs in, finds the
 * request a resident just filed through the bot, claims it, writes to the resident, reads
 * the answer, schedules the pickup and closes the request, while the resident hears each
 * step in Telegram. Screenshots go to {@code target/screenshots/} for people to look at.
 */
@EnabledIf(value = "org.evac.app.testing.HeadlessChromium#foundOrRequired",
		disabledReason = "no Chromium on this machine: the build's last line says how to include it")
class VolunteerPageInABrowserTest {

	static final Duration WAIT = Duration.ofSeconds(15);

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
	void aVolunteerOnAPhoneClaimsMessagesSchedulesAndClosesARequest() throws Exception {
		Volunteer.admin(evac).createVolunteer("olena", "VOLUNTEER");
		Resident resident = new Resident(telegram, 7001L, Language.UK, evac);
		String number = Filing.files(resident, "Краматорськ", "вул. Шевченка, 12", "050 765 43 21");
		String forHerMother = filesForHerMotherWithTwoCats(new Resident(telegram, 7002L, Language.UK, evac));
		WebDriverWait wait = new WebDriverWait(browser, WAIT);

		browser.get("http://127.0.0.1:" + evac.port() + "/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("olena");
		browser.findElement(By.id("password")).sendKeys("olena-password-123");
		browser.findElement(By.id("login-button")).click();

		By card = By.cssSelector("button.request-card[data-number='" + number + "']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(card));
		screenshot("1-queue");
		showsWhatTheCrewMustKnow(wait, forHerMother);
		browser.findElement(card).click();

		wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-button"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-facts"), "вул. Шевченка, 12"));
		assertThat(browser.findElement(By.id("detail-facts")).getText()).contains("+380507654321");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-text")))
			.sendKeys("Доброго дня! Приїдемо завтра зранку. Зберіть документи й ліки.");
		browser.findElement(By.id("send-message")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Приїдемо завтра зранку"));
		telegram.awaitMessageContaining(resident.chatId(), "Приїдемо завтра зранку", WAIT);

		resident.says("Дякуємо, чекаємо. У нас кіт.");
		browser.findElement(By.id("back-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "мешканець написав"));
		browser.findElement(card).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "У нас кіт."));

		changeStatus(wait, "IN_PROGRESS", "В роботі", null);
		telegram.awaitMessageContaining(resident.chatId(), resident.text("notice.status.IN_PROGRESS", number), WAIT);
		changeStatus(wait, "SCHEDULED", "Запланована", "біля школи №3");
		telegram.awaitMessageContaining(resident.chatId(), resident.text("notice.pickup.place", "біля школи №3"), WAIT);
		assertThat(browser.findElement(By.id("detail-badges")).getText()).contains("Запланована");
		screenshot("2-scheduled");

		changeStatus(wait, "EVACUATED", "Евакуйовано", null);
		telegram.awaitMessageContaining(resident.chatId(), resident.text("notice.status.EVACUATED", number), WAIT);
		screenshot("3-evacuated");

		browser.findElement(By.id("logout-button")).click();
		WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		assertThat(username.getAttribute("value")).isEqualTo("olena");
		browser.findElement(By.id("password")).sendKeys("olena-password-123");
		browser.findElement(By.id("login-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
	}

	/**
	 * A daughter files for her bedridden mother, on the third floor without a lift, with
	 * two cats, in danger now.
	 */
	private static String filesForHerMotherWithTwoCats(Resident daughter) {
		daughter.says("/start");
		daughter.tapsLabelOf("who.SOMEONE_ELSE");
		daughter.says("Ганна Петрівна");
		daughter.says("Миколайпілля");
		daughter.says("вул. Садова, 3, кв. 9");
		daughter.says("050 765 43 22");
		daughter.says("+48 601 234 567");
		daughter.taps("1");
		daughter.tapsLabelOf("need.PETS");
		daughter.tapsLabelOf("mobility.STRETCHER");
		daughter.taps(daughter.text("floor.no-lift", 3));
		daughter.taps("2");
		daughter.tapsLabelOf("pet-kinds.CAT");
		daughter.tapsLabelOf("needs.done");
		daughter.tapsLabelOf("danger.yes");
		daughter.tapsLabelOf("destination.UNDECIDED");
		daughter.says("Ключ у сусідки Олени");
		daughter.tapsLabelOf("summary.confirm");
		return daughter.lastMessage().text().replaceAll("(?s).*?(EV-\\d+).*", "$1");
	}

	/**
	 * The request's page shows who asked for whom and what the crew must bring: the new
	 * answers, each under its label.
	 */
	private static void showsWhatTheCrewMustKnow(WebDriverWait wait, String number) throws Exception {
		By card = By.cssSelector("button.request-card[data-number='" + number + "']");
		assertThat(browser.findElement(card).getText()).contains("небезпека зараз");
		browser.findElement(card).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-button"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-facts"), "+48601234567"));
		assertThat(browser.findElement(By.id("detail-facts")).getText()).contains("Для кого", "для іншої людини")
			.contains("Кого забрати", "Ганна Петрівна")
			.contains("Телефон того, хто подав", "+48601234567")
			.contains("+380507654322")
			.contains("Пересування", "лежача, потрібні ноші")
			.contains("Поверх", "Ліфт працює", "ні / немає")
			.contains("Тварин", "Які тварини", "коти")
			.contains("Пряма небезпека зараз", "Готові", "зараз")
			.contains("Для екіпажу", "Ключ у сусідки Олени");
		screenshot("0-for-her-mother");
		browser.findElement(By.id("back-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(card));
	}

	private static void changeStatus(WebDriverWait wait, String status, String label, String pickupPlace) {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-status='" + status + "']")))
			.click();
		if (pickupPlace != null) {
			((JavascriptExecutor) browser)
				.executeScript("document.getElementById('pickup-at').value = '2026-12-01T08:30';");
			browser.findElement(By.id("pickup-place")).sendKeys(pickupPlace);
		}
		browser.findElement(By.id("confirm-status")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Статус змінено: " + label));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-form")));
	}

	private static void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
