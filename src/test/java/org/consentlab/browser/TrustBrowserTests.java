package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The trust pages of lab L13 in a real browser: the public register, a tampered request from the
 * inspector opened in the wallet and refused on the refusal page, and a tampered answer refused by
 * the verifier. axe-core finds no serious or critical violation on any of them.
 */
class TrustBrowserTests {

	@Test
	void learnerWhenMakingTrustMovesThenEachRefusalPageNamesItsCheckAndIsAccessible() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			browser.go("/register").assertAccessible();

			browser.go("/issuers/pid");
			browser.clickAndWaitForNewPage("#offer-link");
			browser.clickAndWaitForNewPage("#accept");
			browser.go("/verifiers/hotel");
			browser.clickAndWaitForNewPage("#start");
			browser.clickAndWaitForNewPage("#request-link");
			browser.clickAndWaitForNewPage("#share");

			browser.go("/inspector/attacks").assertAccessible();
			new Select(browser.find("#trust-target")).selectByValue("bank");
			browser.clickAndWaitForNewPage("#trust-stripped-signature");
			assertThat(browser.text("#trust-move")).isNotBlank();
			browser.assertAccessible();
			browser.clickAndWaitForNewPage("#open-in-wallet");
			assertThat(browser.text("#refusal-code")).isEqualTo("NOT_SIGNED");
			browser.assertAccessible();

			browser.go("/inspector/attacks");
			new Select(browser.find("#trust-target")).selectByValue("sim");
			browser.clickAndWaitForNewPage("#trust-wrong-key");
			assertThat(browser.text("#trust-codes")).contains("RESPONSE_NOT_DECRYPTABLE");
			browser.assertAccessible();
		}
	}
}
