package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
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
		try (RunningApp app = RunningApp.solo(); Browser browser = Browser.open(app)) {
			browser.go("/issuers/pid").assertAccessible();
			browser.find("#offer-link").click();
			browser.assertAccessible();
			browser.find("#accept").click();
			assertThat(browser.find("h1").getText()).isEqualTo("Your credential, taken apart");
			assertThat(browser.find("[role=status]").getText()).contains("received this credential");
			browser.assertAccessible();
			String credential = browser.find("#sd-jwt").getText();
			browser.go("/wallet").assertAccessible();
			browser.go("/inspector").assertAccessible();
			browser.find("#token").sendKeys(credential);
			browser.find("#inspect").click();
			assertThat(browser.find("#verdict").getText()).contains("A verifier would accept it");
			browser.assertAccessible();

			openRequest(browser, "bar");
			assertThat(browser.find(".over-asking").getText()).contains("given_name").contains("address");
			browser.assertAccessible();
			for (WebElement optional : browser.all("input[name=share]")) {
				optional.click();
			}
			browser.find("#share").click();
			assertThat(browser.find("#outcome").getText()).contains("age_over_18").doesNotContain("given_name");
			browser.assertAccessible();
			browser.find("#verifier-result").click();
			assertThat(browser.find(".learned").getText()).isEqualTo("age_over_18");
			browser.assertAccessible();

			openRequest(browser, "landlord");
			browser.find("#decline").click();
			assertThat(browser.find("#outcome").getText()).contains("You declined");
			browser.go("/verifiers/landlord").assertAccessible();
			assertThat(browser.find("table.transactions").getText()).contains("declined by you");
			browser.go("/wallet");
			assertThat(browser.find("table.history").getText()).contains("The Corner Bar").contains("You declined");

			browser.go("/issuers/migration?tx_code=on").assertAccessible();
			String txCode = browser.find(".tx-code-value[data-configuration=work_permit_sd_jwt]").getText();
			browser.find("#offer-link-work_permit_sd_jwt").click();
			browser.assertAccessible();
			browser.find("#tx_code").sendKeys(txCode);
			browser.find("#accept").click();
			assertThat(browser.find("[role=status]").getText()).contains("received this credential");
			openRequest(browser, "employer");
			browser.find("#share").click();
			assertThat(browser.find("#outcome").getText()).contains("right_to_work").doesNotContain("nationalities");
		}
	}

	private static void openRequest(Browser browser, String verifierId) {
		browser.go("/verifiers/" + verifierId).assertAccessible();
		browser.find("#start").click();
		browser.assertAccessible();
		browser.find("#request-link").click();
	}
}
