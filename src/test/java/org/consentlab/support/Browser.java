package org.consentlab.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven through its own ChromeDriver; nothing is downloaded. Without
 * Chromium the browser tests are skipped with a message, except under CI, where they must run.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	public final WebDriver driver;

	private final RunningApp app;

	private Browser(RunningApp app, WebDriver driver) {
		this.app = app;
		this.driver = driver;
	}

	/** Skips the calling test when no Chromium is installed, unless the CI variable is set. */
	public static void requireChromium() {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && System.getenv("CI") != null) {
			throw new IllegalStateException("CI is set but /usr/bin/chromium or /usr/bin/chromedriver is missing: "
					+ ".ci/run installs them with apt-get");
		}
		Assumptions.assumeTrue(present, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
	}

	public static Browser open(RunningApp app) {
		requireChromium();
		File profile;
		try {
			profile = Files.createTempDirectory("consentlab-chromium").toFile();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile.getAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new Browser(app, new ChromeDriver(service, options));
	}

	public Browser go(String path) {
		driver.get(app.url(path));
		return this;
	}

	public WebElement find(String css) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public WebDriverWait waitFor() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/** Runs axe-core on the current page: no serious or critical accessibility violation allowed. */
	public Browser assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		List<Rule> bad = results.getViolations().stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		assertThat(bad).as("accessibility violations on %s: %s", driver.getCurrentUrl(),
				bad.stream().map(v -> v.getId() + " (" + v.getHelp() + ")").collect(Collectors.joining("; ")))
			.isEmpty();
		return this;
	}

	@Override
	public void close() {
		driver.quit();
	}
}
