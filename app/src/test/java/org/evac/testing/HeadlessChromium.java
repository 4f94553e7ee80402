package org.evac.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: nothing is downloaded.
 * Installed by {@code .ci/install-browser}; a test that needs it fails (never skips) when
 * it is missing.
 */
public final class HeadlessChromium {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** A fresh browser with a window the size of a phone's screen. */
	public static ChromeDriver phoneSized() {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("The browser test needs " + BROWSER + " and " + DRIVER
					+ ": run .ci/install-browser (apt-get install chromium chromium-driver) first");
		}
		// never let Selenium Manager look for, or download, a browser or driver
		System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("evac-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=390,844", "--lang=uk-UA", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(new File("target/chromedriver.log"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
