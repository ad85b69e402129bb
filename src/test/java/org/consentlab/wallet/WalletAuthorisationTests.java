package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode on PostgreSQL: learner B never sees learner A's credentials, keys or verifier
 * transactions, and cannot delete A's credential or answer with it. Anonymous visitors reach only
 * the protocol endpoints, which the protocol itself authenticates.
 */
class WalletAuthorisationTests {

	private static RunningApp app;

	private static WebClient ada;

	private static WebClient bea;

	private static String adaCredential;

	private static String adaTransaction;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		Classroom classroom = Classroom.create(app, "wa-ms-okafor");
		ada = classroom.join("wa-ada");
		bea = classroom.join("wa-bea");
		WalletDriver wallet = new WalletDriver(ada);
		adaCredential = wallet.receivePid();
		wallet.answer(wallet.openRequest("bar"), "share");
		ada.get("/verifiers/bar");
		HttpResponse<String> started = ada.post("/verifiers/bar/transactions");
		adaTransaction = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void learnerBWhenOpeningAsCredentialOrTransactionThenNotFound() {
		assertThat(ada.get(adaCredential).statusCode()).isEqualTo(200);
		assertThat(bea.get(adaCredential).statusCode()).isEqualTo(404);
		assertThat(ada.get(adaTransaction).statusCode()).isEqualTo(200);
		assertThat(bea.get(adaTransaction).statusCode()).isEqualTo(404);
	}

	@Test
	void learnerBWhenListingThenSeesNoneOfAsWalletOrLogs() {
		String adaWallet = ada.get("/wallet").body();
		assertThat(adaWallet).contains("/wallet/credentials/").contains("The Corner Bar");
		String beaWallet = bea.get("/wallet").body();
		assertThat(beaWallet).doesNotContain("/wallet/credentials/").doesNotContain("The Corner Bar");
		assertThat(ada.get("/verifiers/bar").body()).contains("data-status=\"VERIFIED\"");
		assertThat(bea.get("/verifiers/bar").body()).doesNotContain("data-status=");
	}

	@Test
	void learnerBWhenOpeningAnIssuerOrHoldingAsGuardedOfferThenNothingOfAs() {
		new WalletDriver(ada).receiveWorkPermit();
		assertThat(ada.get("/issuers/migration").body()).contains("data-status=\"VALID\"");
		assertThat(bea.get("/issuers/migration").body()).doesNotContain("data-status=");
		String adasPage = ada.get("/issuers/migration?tx_code=on").body();
		String offer = WalletDriver.hidden(ada.get(WalletDriver.href(adasPage, "offer-link-work_permit_sd_jwt"))
						.body())
				.get("credential_offer");
		bea.get("/wallet");
		String guess = adasPage.contains(">000000<") ? "111111" : "000000";
		HttpResponse<String> refused = bea.post("/wallet/offers", "credential_offer", offer, "tx_code", guess);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("invalid_grant");
		assertThat(bea.get("/wallet").body()).doesNotContain("/wallet/credentials/");
	}

	@Test
	void learnerBWhenDeletingAsCredentialThenNotFoundAndKept() {
		bea.get("/wallet");
		assertThat(bea.post(adaCredential + "/delete").statusCode()).isEqualTo(404);
		assertThat(ada.get(adaCredential).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesWhenNeverShowingAHolderPrivateKeyThenOnlyPublicKeys() {
		String page = ada.get(adaCredential).body();
		assertThat(page).contains("&quot;cnf&quot;").doesNotContain("&quot;d&quot;");
	}

	@Test
	void anonymousWhenOpeningWalletWorldPagesThenLoginButProtocolEndpointsAnswer() {
		WebClient anonymous = new WebClient(app);
		for (String path :
				List.of("/wallet", adaCredential, "/issuers/pid", "/verifiers", "/verifiers/bar", adaTransaction)) {
			assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(302);
		}
		assertThat(anonymous.get("/.well-known/jwt-vc-issuer/issuers/pid").statusCode())
				.isEqualTo(200);
		assertThat(anonymous
						.get("/.well-known/openid-credential-issuer/issuers/pid")
						.statusCode())
				.isEqualTo(200);
		assertThat(anonymous.postRaw("/verifiers/bar/response", "state=unknown").statusCode())
				.isEqualTo(400);
	}
}
