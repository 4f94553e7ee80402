package org.evac.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A Chromium found on this machine, headless, driven by its own chromedriver: nothing is
 * downloaded. The browser is looked for in {@code CHROME_BIN}, {@code /usr/bin/chromium},
 * then {@code chromium} or {@code google-chrome} on the PATH; the driver in
 * {@code CHROMEDRIVER}, {@code /usr/bin/chromedriver}, then {@code chromedriver} on the
 * PATH. {@code .ci/install-browser} installs Debian's.
 *
 * <p>
 * Without one, a browser test is skipped, and the reason is written to
 * {@code target/browser-test-skipped.txt}, which the build prints at its end; where
 * {@code EVAC_REQUIRE_BROWSER=1} (CI) it fails instead.
 */
public final class HeadlessChromium {

	static final Path SKIPPED_NOTE = Path.of("target", "browser-test-skipped.txt");

	private HeadlessChromium() {
	}

	/**
	 * Whether a browser test should run: a browser and its driver are here, or CI
	 * requires them (and the test then fails). Otherwise the reason is noted for the
	 * build's end. For {@code @EnabledIf}.
	 */
	public static boolean foundOrRequired() {
		if (browser().isPresent() && driver().isPresent()) {
			return true;
		}
		if (required()) {
			return true;
		}
		writeSkippedNote("Browser test skipped: no " + (browser().isEmpty() ? "Chromium" : "chromedriver")
				+ " found (CHROME_BIN, /usr/bin/chromium, chromium or google-chrome on the PATH; CHROMEDRIVER, "
				+ "chromedriver); run .ci/install-browser to include it");
		return false;
	}

	/** A fresh browser with a window the size of a phone's screen. */
	public static ChromeDriver phoneSized() {
		Path browser = browser().orElseThrow(() -> missing("Chromium"));
		Path driver = driver().orElseThrow(() -> missing("chromedriver"));
		return start(browser, driver);
	}

	private static boolean required() {
		return "1".equals(System.getenv("EVAC_REQUIRE_BROWSER"));
	}

	private static IllegalStateException missing(String what) {
		return new IllegalStateException("The browser test needs " + what
				+ " (EVAC_REQUIRE_BROWSER=1 requires it): run .ci/install-browser first");
	}

	private static Optional<Path> browser() {
		return find("CHROME_BIN", "/usr/bin/chromium", "chromium", "google-chrome");
	}

	private static Optional<Path> driver() {
		return find("CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
	}

	private static Optional<Path> find(String variable, String usual, String... onPath) {
		Stream<Path> candidates = Stream.concat(
				Stream.of(System.getenv(variable), usual)
					.filter(Objects::nonNull)
					.filter(s -> !s.isBlank())
					.map(Path::of),
				Stream.of(onPath)
					.flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
						.filter(dir -> !dir.isBlank())
						.map(dir -> Path.of(dir, name))));
		return candidates.filter(Files::isExecutable).findFirst();
	}

	private static void writeSkippedNote(String reason) {
		try {
			Files.createDirectories(SKIPPED_NOTE.getParent());
			Files.writeString(SKIPPED_NOTE, reason + System.lineSeparator());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ChromeDriver start(Path browser, Path driver) {
		try {
			Files.deleteIfExists(SKIPPED_NOTE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// never let Selenium Manager look for, or download, a browser or driver
		System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
		System.setProperty("webdriver.chrome.driver", driver.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("evac-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=390,844", "--lang=uk-UA", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.withLogFile(new File("target/chromedriver.log"))
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return chrome;
	}

}
