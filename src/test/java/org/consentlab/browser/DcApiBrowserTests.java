package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.DcApiRequest;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.support.Browser;
import org.consentlab.support.PreAuthorizedIssuance;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.consentlab.trust.ClassroomTrust;
import org.consentlab.verifier.DcApiTestWallet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Digital Credentials API transport in headless Chromium: its virtual wallet (set through the
 * DevTools command {@code DigitalCredentials.setVirtualWalletBehavior}) answers the page's
 * {@code navigator.credentials.get} with a presentation our wallet core made for the request on
 * the page, encrypted to its key. A click on the button, a real user gesture, starts the call; the
 * verifier's verdict appears on the page. A presentation made for another origin, or with another
 * nonce, is refused. Where the API is missing, the button says so and the link and QR code
 * remain. axe-core finds no serious violation on the pages.
 */
class DcApiBrowserTests {

	private static final String SET_BEHAVIOR = "DigitalCredentials.setVirtualWalletBehavior";

	@Test
	void browserWalletWhenItAnswersWithOurPresentationThenVerifiedAndOneForAnotherOriginOrNonceRefused()
			throws Exception {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			ECKey holderKey =
					new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
			DcApiTestWallet wallet = new DcApiTestWallet(
					PreAuthorizedIssuance.personalId(app, new WebClient(app), holderKey),
					holderKey,
					app.bean(ClassroomTrust.class).roots());
			String origin = app.url("");

			DcApiRequest request = start(browser, "bar", wallet, true);
			respondWith(browser, wallet.answer(request, origin, List.of("age_over_18")));
			browser.click("#dc-api-open");
			browser.until(
					"the verifier's verdict", d -> browser.text("#tx-status").equals("Verified."));
			assertThat(browser.text(".learned")).isEqualTo("age_over_18");
			assertThat(browser.count("#dc-api-open")).isZero();
			browser.assertAccessible();

			DcApiRequest replayed = start(browser, "bar", wallet, false);
			respondWith(
					browser,
					wallet.answer(replayed, List.of("age_over_18"), replayed.nonce(), "origin:https://evil.example"));
			browser.click("#dc-api-open");
			browser.until(
					"the refusal",
					d -> "PRESENTATION_REJECTED".equals(browser.attribute("#dc-api-result", "data-code")));
			assertThat(browser.text("#dc-api-result")).contains("rejected the presentation");
			browser.assertAccessible();
			browser.go("/verifiers/bar");
			assertThat(browser.text("ul.rejections")).contains(VerificationErrorCode.AUDIENCE_MISMATCH.name());

			DcApiRequest stale = start(browser, "bar", wallet, false);
			respondWith(
					browser,
					wallet.answer(stale, List.of("age_over_18"), "an-old-nonce", DcApiRequest.audience(origin)));
			browser.click("#dc-api-open");
			browser.until(
					"the refusal",
					d -> "PRESENTATION_REJECTED".equals(browser.attribute("#dc-api-result", "data-code")));
			browser.go(browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", ""));
			assertThat(browser.text("#dc-api-outcome")).contains(VerificationErrorCode.NONCE_MISMATCH.name());

			// A browser without the API: the button says so, and the link and QR code remain.
			((ChromeDriver) browser.driver)
					.executeCdpCommand(
							"Page.addScriptToEvaluateOnNewDocument",
							Map.of(
									"source",
									"Object.defineProperty(window, 'DigitalCredential', {value: undefined});"));
			browser.go("/verifiers/bar");
			browser.clickAndWaitForNewPage("#dc-api-start");
			assertThat(browser.text("#dc-api-unsupported")).contains("does not offer the Digital Credentials API");
			assertThat(browser.find("#dc-api-open").isEnabled()).isFalse();
			browser.assertAccessible();
			browser.clickAndWaitForNewPage("#dc-api-unsupported a");
			browser.clickAndWaitForNewPage("#start");
			assertThat(browser.find("#request-link").isDisplayed()).isTrue();
		}
	}

	/**
	 * Starts a request through the browser on the verifier's page; returns it as the wallet reads it.
	 * axe-core checks both pages the first time ({@code check}); later starts show the same pages.
	 */
	private static DcApiRequest start(Browser browser, String verifierId, DcApiTestWallet wallet, boolean check) {
		browser.go("/verifiers/" + verifierId);
		if (check) {
			browser.assertAccessible();
		}
		browser.clickAndWaitForNewPage("#dc-api-start");
		browser.until(
				"the page's script to find the API",
				d -> "true".equals(browser.attribute("#dc-api-form", "data-ready")));
		if (check) {
			browser.assertAccessible();
		}
		return wallet.read(browser.attribute("#dc-api-form", "data-request"));
	}

	/** The virtual wallet answers the next call with {@code data}, under the signed-request protocol. */
	private static void respondWith(Browser browser, String data) {
		((ChromeDriver) browser.driver)
				.executeCdpCommand(
						SET_BEHAVIOR,
						Map.of(
								"action",
								"respond",
								"protocol",
								Oid4vp.DC_API_SIGNED,
								"response",
								Json.parseObject(data, 8, VerificationErrorCode.MALFORMED_SD_JWT)));
	}
}
