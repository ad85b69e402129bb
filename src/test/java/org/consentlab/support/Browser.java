package org.consentlab.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own ChromeDriver; nothing is downloaded. Without
 * Chromium the browser tests are skipped with a message, except under CI, where they must run.
 *
 * <p>Starting Chromium costs seconds of CPU, more than many a test class spends in it, so a test JVM
 * keeps the Chromiums it started: {@link #close()} wipes what the class left (cookies, the app's
 * storage, its tabs and windows, scripts added over DevTools) and hands the Chromium to the next
 * {@link #open(RunningApp)}. Each class still starts with no cookie, no storage and one blank tab.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** How long any wait lasts before the test fails; generous, since the CPU may be shared. */
	private static final Duration WAIT = Duration.ofSeconds(60);

	/**
	 * How often a wait looks at the page again. Selenium's default of half a second added that much to
	 * most clicks; a look is one small command to ChromeDriver.
	 */
	private static final Duration POLL = Duration.ofMillis(50);

	private static final Dimension WINDOW = new Dimension(1280, 900);

	private static final String AXE_SOURCE = axeSource();

	/** Chromiums of this JVM that no class holds now; quit when the JVM exits. */
	private static final Deque<WebDriver> IDLE = new ArrayDeque<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			synchronized (IDLE) {
				IDLE.forEach(Browser::quitQuietly);
				IDLE.clear();
			}
		}));
	}

	/**
	 * axe's default rules on the whole document; only violations carry their nodes back
	 * ({@code resultTypes}), and of those only the serious and critical ones, as "id (help)". A
	 * failure of axe itself comes back as an entry too, so it fails the check instead of passing it.
	 */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, {resultTypes: ['violations']}).then(
				r => done(r.violations
					.filter(v => v.impact === 'serious' || v.impact === 'critical')
					.map(v => v.id + ' (' + v.help + ')')),
				e => done(['axe-core failed: ' + e]));""";

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
		Assumptions.assumeTrue(
				present, "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
	}

	/** A Chromium for this class alone: one another class left, wiped, or a new one. */
	public static Browser open(RunningApp app) {
		requireChromium();
		WebDriver idle;
		synchronized (IDLE) {
			idle = IDLE.poll();
		}
		return new Browser(app, idle != null ? idle : start());
	}

	private static WebDriver start() {
		File profile;
		try {
			profile = Files.createTempDirectory("consentlab-chromium").toFile();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions()
				.setBinary(CHROMIUM)
				.addArguments(
						"--headless=new",
						"--no-sandbox",
						"--disable-gpu",
						"--disable-dev-shm-usage",
						"--disable-background-networking",
						"--disable-component-update",
						"--disable-default-apps",
						"--disable-extensions",
						"--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
						"--disable-sync",
						"--mute-audio",
						"--no-default-browser-check",
						"--no-first-run",
						"--password-store=basic",
						"--window-size=" + WINDOW.width + "," + WINDOW.height,
						"--user-data-dir=" + profile.getAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
		return new ChromeDriver(service, options);
	}

	/** Opens a page; returns once it has loaded. */
	public Browser go(String path) {
		driver.get(app.url(path));
		waitForLoad();
		return this;
	}

	/**
	 * The visible element that matches {@code css}, waited for. Hold it only until the page changes:
	 * after a click that loads a page, find it again.
	 */
	public WebElement find(String css) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/** The text of the visible element that matches {@code css}, read from the page as it is now. */
	public String text(String css) {
		By by = By.cssSelector(css);
		return waitFor().until(d -> {
			WebElement element = d.findElement(by);
			return element.isDisplayed() ? element.getText() : null;
		});
	}

	/** An attribute of the element that matches {@code css}, once that element is there; null if it has none. */
	public String attribute(String css, String name) {
		By by = By.cssSelector(css);
		return waitFor()
				.until(d -> Optional.ofNullable(d.findElement(by).getDomAttribute(name)))
				.orElse(null);
	}

	/** Whether the element that matches {@code css}, once it is there, carries the CSS class {@code cssClass}. */
	public boolean hasClass(String css, String cssClass) {
		String classes = attribute(css, "class");
		return classes != null && List.of(classes.split("\\s+")).contains(cssClass);
	}

	/** Every element that matches {@code css} on the page as it is now; no waiting. */
	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** The texts of every element that matches {@code css}, read again if the page changed while reading. */
	public List<String> texts(String css) {
		By by = By.cssSelector(css);
		return waitFor()
				.until(d -> d.findElements(by).stream().map(WebElement::getText).toList());
	}

	/** How many elements match {@code css} on the page as it is now. */
	public int count(String css) {
		return all(css).size();
	}

	/** Clicks an element that stays on this page (a checkbox, a script's button); found afresh if it was replaced. */
	public Browser click(String css) {
		WebElement page = driver.findElement(By.tagName("html"));
		clickOnce(css, page);
		return this;
	}

	/**
	 * Clicks a link or a submit button and waits until the browser has left this page and the next one
	 * has loaded, so that nothing read afterwards comes from the page that was just left.
	 */
	public Browser clickAndWaitForNewPage(String css) {
		WebElement page = driver.findElement(By.tagName("html"));
		clickOnce(css, page);
		waitFor()
				.withMessage("the browser to leave the page after clicking " + css)
				.until(d -> isStale(page));
		waitForLoad();
		return this;
	}

	/**
	 * Finds the element when it can be clicked and clicks it. A click is not repeated once the page
	 * it was on is gone (it has then done its work); it is tried again only when a script replaced
	 * the element on the same page between finding and clicking.
	 */
	private void clickOnce(String css, WebElement page) {
		By by = By.cssSelector(css);
		for (int attempt = 1; ; attempt++) {
			WebElement element =
					waitFor().withMessage(css + " to be clickable").until(ExpectedConditions.elementToBeClickable(by));
			try {
				element.click();
				return;
			} catch (WebDriverException e) {
				if (!isDetached(e)) {
					throw e;
				}
				if (isStale(page)) {
					return;
				}
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		} catch (WebDriverException e) {
			if (isDetached(e)) {
				return true;
			}
			throw e;
		}
	}

	/**
	 * An element of a page that is gone, or replaced by a script. Chromium reports it as a stale
	 * element, or, when the page changes during the command, as a node that "does not belong to the
	 * document".
	 */
	private static boolean isDetached(WebDriverException e) {
		return e instanceof StaleElementReferenceException
				|| (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
	}

	/** Waits until {@code condition} holds on the current page, re-reading the page on each try. */
	public Browser until(String what, Function<WebDriver, Boolean> condition) {
		waitFor().withMessage(what).until(condition);
		return this;
	}

	/**
	 * A wait long enough for a loaded two-core machine; it polls the page again when an element was
	 * replaced between finding and reading it (htmx swaps, script updates).
	 */
	public WebDriverWait waitFor() {
		return new PageWait(driver);
	}

	/** A wait that polls again, rather than fails, when an element it read was detached meanwhile. */
	private static final class PageWait extends WebDriverWait {

		PageWait(WebDriver driver) {
			super(driver, WAIT, POLL);
		}

		@Override
		public <V> V until(Function<? super WebDriver, V> condition) {
			return super.until(d -> {
				try {
					return condition.apply(d);
				} catch (WebDriverException e) {
					if (isDetached(e)) {
						return null;
					}
					throw e;
				}
			});
		}
	}

	private void waitForLoad() {
		waitFor()
				.withMessage("the page to finish loading")
				.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Runs axe-core on the current page: no serious or critical accessibility violation allowed. The
	 * page runs axe's full default rule set itself and hands back only the violations that matter:
	 * axe-core-maven-html's {@code AxeBuilder} also copied every passing and inapplicable node back
	 * over the driver and searched the page for frames to inject into (our pages have none), which
	 * cost more than the rules. The verdict is the same. Elements found before the check are not
	 * reused after it: every helper here finds its element afresh, and treats one that Chromium no
	 * longer places in the document as detached.
	 */
	public Browser assertAccessible() {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		driver.manage().timeouts().scriptTimeout(WAIT);
		page.executeScript(AXE_SOURCE);
		Object bad = page.executeAsyncScript(RUN_AXE);
		assertThat(bad)
				.as("accessibility violations on %s", driver.getCurrentUrl())
				.asInstanceOf(InstanceOfAssertFactories.LIST)
				.isEmpty();
		return this;
	}

	/** axe-core as the axe-core-maven-html jar ships it, read once per test JVM. */
	private static String axeSource() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing from the axe-core selenium jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Wipes what this class left and keeps the Chromium for the next class; quits it instead when it
	 * cannot be wiped (a dialog left open, a crashed tab).
	 */
	@Override
	public void close() {
		try {
			wipe();
		} catch (WebDriverException e) {
			quitQuietly(driver);
			return;
		}
		synchronized (IDLE) {
			IDLE.push(driver);
		}
	}

	/**
	 * A fresh tab and only that one: a tab's DevTools state (scripts added to new documents, a
	 * virtual wallet's behaviour) goes with it. Cookies are the browser's and are not kept apart by
	 * port, so all go; the app's origin loses its storage too.
	 */
	private void wipe() {
		ChromeDriver chromium = (ChromeDriver) driver;
		String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
		for (String handle : driver.getWindowHandles()) {
			if (!handle.equals(fresh)) {
				driver.switchTo().window(handle).close();
			}
		}
		driver.switchTo().window(fresh);
		driver.manage().window().setSize(WINDOW);
		chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		if (app != null) {
			chromium.executeCdpCommand(
					"Storage.clearDataForOrigin", Map.of("origin", app.url(""), "storageTypes", "all"));
		}
	}

	private static void quitQuietly(WebDriver driver) {
		try {
			driver.quit();
		} catch (WebDriverException e) {
			// Chromium is gone already; nothing is left to stop
		}
	}
}
