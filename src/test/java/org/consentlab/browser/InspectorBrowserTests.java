package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The inspector's tampering buttons in a real browser: share the ID with the hotel, press "Strip
 * the signature" and "Drop the key binding" aimed at the border, send each, and read the border's
 * typed refusal; the pooled logs page lists the two visits. axe-core finds no serious or critical
 * violation on these pages.
 */
class InspectorBrowserTests {

	@Test
	void learnerWhenPressingTamperButtonsThenTheVerifierRefusesWithTypedCodes() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo(); Browser browser = Browser.open(app)) {
			browser.go("/issuers/pid");
			browser.find("#offer-link").click();
			browser.find("#accept").click();
			assertThat(browser.find("#sd-jwt").getText()).contains("~");
			browser.go("/verifiers/hotel");
			browser.find("#start").click();
			browser.find("#request-link").click();
			browser.find("#share").click();
			assertThat(browser.find("#outcome").getText()).contains("nationalities");

			browser.go("/inspector").assertAccessible();
			browser.find("#attacks-link").click();
			browser.assertAccessible();
			attack(browser, "alg-none");
			assertThat(browser.find("#attempts").getText()).contains("UNSUPPORTED_ALGORITHM");
			browser.go("/inspector");
			attack(browser, "drop-key-binding");
			assertThat(browser.find("#attempts").getText()).contains("KEY_BINDING_MISSING")
				.contains("UNSUPPORTED_ALGORITHM");
			browser.assertAccessible();

			browser.go("/verifiers/border").assertAccessible();
			assertThat(browser.find(".rejections").getText()).contains("KEY_BINDING_MISSING");
			browser.go("/verifiers/pooled").assertAccessible();
			assertThat(browser.all("#log-a tbody tr")).hasSize(6);
		}
	}

	private static void attack(Browser browser, String move) {
		new Select(browser.find("#target")).selectByValue("border");
		browser.find("#attack-" + move).click();
		assertThat(browser.find("#attack-move").getText()).isNotBlank();
		browser.assertAccessible();
		browser.find("#send").click();
	}
}
