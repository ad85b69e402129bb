package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The Wallet world in a real browser: receive a personal ID from the issuer's offer, trim the bar's
 * over-asking request on the consent screen, decline the landlord's; axe-core finds no serious or
 * critical violation on any of these pages.
 */
class WalletBrowserTests {

	@Test
	void learnerWhenReceivingThenTrimmingAndDecliningThenVerifiersLearnOnlyWhatWasShared() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			browser.go("/issuers/pid").assertAccessible();
			// the QR code is drawn only when the learner opens "show a code to scan"
			assertThat(browser.driver
							.findElement(By.cssSelector("details.qr-scan img.qr"))
							.getAttribute("src"))
					.isNull();
			browser.click("details.qr-scan summary");
			browser.until("the QR code has loaded", d -> (Boolean) ((JavascriptExecutor) d)
					.executeScript("const img = document.querySelector('details.qr-scan img.qr');"
							+ " return img.complete && img.naturalWidth > 100;"));
			browser.clickAndWaitForNewPage("#offer-link");
			browser.assertAccessible();
			browser.clickAndWaitForNewPage("#accept");
			assertThat(browser.text("h1")).isEqualTo("Your credential, taken apart");
			assertThat(browser.text("[role=status]")).contains("received this credential");
			browser.assertAccessible();
			String credential = browser.text("#sd-jwt");
			browser.go("/wallet").assertAccessible();
			browser.go("/inspector");
			browser.find("#token").sendKeys(credential);
			browser.clickAndWaitForNewPage("#inspect");
			assertThat(browser.text("#verdict")).contains("A verifier would accept it");
			browser.assertAccessible();

			openRequest(browser, "bar", true);
			assertThat(browser.text("#verifier-name")).isEqualTo("The Corner Bar");
			assertThat(browser.find("#register-entry").getAttribute("href")).endsWith("/register#entry-bar");
			assertThat(browser.text(".over-asking")).contains("given_name").contains("address");
			browser.assertAccessible();
			for (WebElement optional : browser.all("input[name=share]")) {
				optional.click();
			}
			browser.clickAndWaitForNewPage("#share");
			assertThat(browser.text("#outcome")).contains("age_over_18").doesNotContain("given_name");
			browser.assertAccessible();
			browser.clickAndWaitForNewPage("#verifier-result");
			assertThat(browser.text(".learned")).isEqualTo("age_over_18");
			browser.assertAccessible();

			openRequest(browser, "landlord", false);
			browser.clickAndWaitForNewPage("#decline");
			assertThat(browser.text("#outcome")).contains("You declined");
			browser.go("/verifiers/landlord");
			assertThat(browser.text("table.transactions")).contains("declined by you");
			browser.go("/wallet");
			assertThat(browser.text("table.history")).contains("The Corner Bar").contains("You declined");

			browser.go("/issuers/migration?tx_code=on").assertAccessible();
			String txCode = browser.text(".tx-code-value[data-configuration=work_permit_sd_jwt]");
			browser.clickAndWaitForNewPage("#offer-link-work_permit_sd_jwt");
			browser.assertAccessible();
			browser.find("#tx_code").sendKeys(txCode);
			browser.clickAndWaitForNewPage("#accept");
			assertThat(browser.text("[role=status]")).contains("received this credential");
			openRequest(browser, "employer", false);
			browser.clickAndWaitForNewPage("#share");
			assertThat(browser.text("#outcome")).contains("right_to_work").doesNotContain("nationalities");

			browser.go("/wallet/requests?client_id=x509_hash%3Aabc&request=eyJhbGciOiJub25lIn0.e30.");
			assertThat(browser.text("#refusal-code")).isEqualTo("NOT_SIGNED");
		}
	}

	/**
	 * Starts a request at the verifier and opens it in the wallet. axe-core checks the verifier's
	 * transaction page once ({@code check}): every verifier shares its template, and the verifier's
	 * own page is checked with a result on it.
	 */
	private static void openRequest(Browser browser, String verifierId, boolean check) {
		browser.go("/verifiers/" + verifierId);
		browser.clickAndWaitForNewPage("#start");
		if (check) {
			browser.assertAccessible();
		}
		browser.clickAndWaitForNewPage("#request-link");
	}
}
