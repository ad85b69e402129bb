package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The inspector's attack pages in a real browser, on one app whose learner has shared the ID with
 * the hotel. The tampering buttons: "Strip the signature" and "Drop the key binding" aimed at the
 * border, each sent, each refused with its typed code; the pooled logs page lists the two visits.
 * The trust moves of lab L13: the public register, a tampered request opened in the wallet and
 * refused on the refusal page, and a tampered answer refused by the verifier. axe-core finds no
 * serious or critical violation on any of these pages.
 *
 * <p>The ID is received and shared over HTTP, as the wallet's form posts do: WalletBrowserTests
 * walks those pages in the browser, and the learner is the same in solo mode.
 */
class InspectorBrowserTests {

	private static RunningApp app;

	private static Browser browser;

	@BeforeAll
	static void shareTheIdWithTheHotel() {
		Browser.requireChromium();
		app = RunningApp.solo();
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		assertThat(learner.get(wallet.receivePid()).body()).containsPattern("id=\"sd-jwt\"[^>]*>[^<]*~");
		HttpResponse<String> shared = wallet.answer(wallet.openRequest("hotel"), "share");
		assertThat(shared.body()).containsPattern("id=\"outcome\"[^>]*>[^<]*nationalities");
		browser = Browser.open(app);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void learnerWhenPressingTamperButtonsThenTheVerifierRefusesWithTypedCodes() {
		browser.go("/inspector").assertAccessible();
		browser.clickAndWaitForNewPage("#attacks-link");
		attack("alg-none", true);
		assertThat(browser.text("#attempts")).contains("UNSUPPORTED_ALGORITHM");
		browser.go("/inspector");
		attack("drop-key-binding", false);
		assertThat(browser.text("#attempts")).contains("KEY_BINDING_MISSING").contains("UNSUPPORTED_ALGORITHM");
		browser.assertAccessible();

		browser.go("/verifiers/border").assertAccessible();
		assertThat(browser.text(".rejections")).contains("KEY_BINDING_MISSING");
		browser.go("/verifiers/pooled").assertAccessible();
		assertThat(browser.count("#log-a tbody tr")).isEqualTo(6);
	}

	@Test
	void learnerWhenMakingTrustMovesThenEachRefusalPageNamesItsCheckAndIsAccessible() {
		browser.go("/register").assertAccessible();

		browser.go("/inspector/attacks");
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

	/**
	 * Tampers with the shared ID as {@code move} aims it at the border, and sends it. The attack pages
	 * share one template: axe-core checks it once ({@code check}).
	 */
	private static void attack(String move, boolean check) {
		new Select(browser.find("#target")).selectByValue("border");
		browser.clickAndWaitForNewPage("#attack-" + move);
		assertThat(browser.text("#attack-move")).isNotBlank();
		if (check) {
			browser.assertAccessible();
		}
		browser.clickAndWaitForNewPage("#send");
	}
}
