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
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			browser.go("/issuers/pid");
			browser.clickAndWaitForNewPage("#offer-link");
			browser.clickAndWaitForNewPage("#accept");
			assertThat(browser.text("#sd-jwt")).contains("~");
			browser.go("/verifiers/hotel");
			browser.clickAndWaitForNewPage("#start");
			browser.clickAndWaitForNewPage("#request-link");
			browser.clickAndWaitForNewPage("#share");
			assertThat(browser.text("#outcome")).contains("nationalities");

			browser.go("/inspector").assertAccessible();
			browser.clickAndWaitForNewPage("#attacks-link");
			browser.assertAccessible();
			attack(browser, "alg-none");
			assertThat(browser.text("#attempts")).contains("UNSUPPORTED_ALGORITHM");
			browser.go("/inspector");
			attack(browser, "drop-key-binding");
			assertThat(browser.text("#attempts"))
					.contains("KEY_BINDING_MISSING")
					.contains("UNSUPPORTED_ALGORITHM");
			browser.assertAccessible();

			browser.go("/verifiers/border").assertAccessible();
			assertThat(browser.text(".rejections")).contains("KEY_BINDING_MISSING");
			browser.go("/verifiers/pooled").assertAccessible();
			assertThat(browser.count("#log-a tbody tr")).isEqualTo(6);
		}
	}

	private static void attack(Browser browser, String move) {
		new Select(browser.find("#target")).selectByValue("border");
		browser.clickAndWaitForNewPage("#attack-" + move);
		assertThat(browser.text("#attack-move")).isNotBlank();
		browser.assertAccessible();
		browser.clickAndWaitForNewPage("#send");
	}
}
