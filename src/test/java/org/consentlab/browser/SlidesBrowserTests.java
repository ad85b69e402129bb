package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;

/** A deck in a real browser: keyboard navigation, and a presenter window that drives the audience window. */
class SlidesBrowserTests {

	private static final String DECK = "/slides/1-two-futures";

	@Test
	void presenterWhenMovingOnThenAudienceWindowFollows() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.sharedSolo();
				Browser browser = Browser.open(app)) {
			browser.go("/slides").assertAccessible();
			browser.go(DECK);
			assertThat(counter(browser)).startsWith("Slide 1 of");
			browser.assertAccessible();
			browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
			browser.waitFor().until(d -> counter(browser).startsWith("Slide 2 of"));
			assertThat(browser.driver.getCurrentUrl()).endsWith("#2");
			String audience = browser.driver.getWindowHandle();

			browser.driver.switchTo().newWindow(WindowType.WINDOW);
			browser.go(DECK + "/presenter");
			browser.find(".pane-notes");
			browser.assertAccessible();
			browser.waitFor().until(d -> counter(browser).startsWith("Slide 2 of"));
			browser.click(".presenter-bar button[data-go='next'], nav button[data-go='next']");
			browser.waitFor().until(d -> counter(browser).startsWith("Slide 3 of"));
			assertThat(browser.texts(".pane-notes .notes.current"))
					.singleElement()
					.asString()
					.isNotBlank();

			browser.driver.switchTo().window(audience);
			browser.waitFor().until(d -> counter(browser).startsWith("Slide 3 of"));
			assertThat(browser.count(".slide.current")).isEqualTo(1);
			assertThat(browser.driver.getPageSource()).doesNotContain("class=\"notes");
		}
	}

	private static String counter(Browser browser) {
		return browser.driver.findElement(By.cssSelector(".counter")).getText();
	}
}
