package org.evac.app.testing;

import org.evac.telegramfake.FakeTelegramApi;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test stands on: a phone-sized headless Chromium, the Bot API
 * stand-in and the whole of evac talking to it. Closed in the reverse order, whatever
 * part of the start failed.
 */
public record PageOnEvac(ChromeDriver browser, FakeTelegramApi telegram, RunningEvac evac) implements AutoCloseable {

	public static PageOnEvac start() {
		ChromeDriver browser = HeadlessChromium.phoneSized();
		FakeTelegramApi telegram = null;
		try {
			telegram = FakeTelegramApi.start();
			return new PageOnEvac(browser, telegram, RunningEvac.start(telegram));
		}
		catch (RuntimeException ex) {
			browser.quit();
			if (telegram != null) {
				telegram.close();
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		this.browser.quit();
		this.evac.close();
		this.telegram.close();
	}

}
