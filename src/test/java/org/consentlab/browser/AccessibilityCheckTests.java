package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consentlab.support.Browser;
import org.junit.jupiter.api.Test;

/** The accessibility check the browser tests rely on finds a violation when a page has one. */
class AccessibilityCheckTests {

	@Test
	void assertAccessibleWhenImageHasNoTextThenFailsNamingTheRule() {
		Browser.requireChromium();
		try (Browser browser = Browser.open(null)) {
			browser.driver.get("data:text/html,<!doctype html><html lang=en><title>t</title>"
					+ "<main><h1>t</h1><img src='x.png'></main></html>");
			assertThatThrownBy(browser::assertAccessible)
					.isInstanceOf(AssertionError.class)
					.hasMessageContaining("image-alt");
		}
	}
}
