package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole Wallet world over real HTTP: offer → token → nonce → credential → request → consent → response. */
class WalletFlowTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void presentWhenOptionalClaimsTrimmedThenBarLearnsOnlyAgeOver18() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		String credentialPage = learner.get(wallet.receivePid()).body();
		assertThat(credentialPage).contains("birthdate").contains("openid4vci-proof+jwt").contains("c_nonce");

		String consent = wallet.openRequest("bar");
		assertThat(consent).contains("The Corner Bar").contains("over 18").contains("class=\"over-asking\"");
		assertThat(WalletDriver.optionalClaims(consent)).containsExactlyInAnyOrder("given_name", "address");
		HttpResponse<String> sent = wallet.answer(consent, "share");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("accepted your proof").contains("age_over_18");

		String bar = learner.get("/verifiers/bar").body();
		assertThat(bar).contains("data-status=\"VERIFIED\"").contains("<span class=\"learned\">age_over_18</span>");
		assertThat(learner.get("/wallet").body()).contains("The Corner Bar").contains("Sent and accepted");
	}

	@Test
	void declineWhenLandlordOverAsksThenLandlordLearnsNothing() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		String consent = wallet.openRequest("landlord");
		assertThat(consent).contains("class=\"over-asking\"").contains("nationalities");
		HttpResponse<String> declined = wallet.answer(consent, "decline");
		assertThat(declined.body()).contains("You declined");
		assertThat(learner.get("/verifiers/landlord").body()).contains("data-status=\"DECLINED\"");
	}

	@Test
	void replayWhenSameResponseSentTwiceThenTransactionUsedIsLogged() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		String consent = wallet.openRequest("bank");
		assertThat(wallet.answer(consent, "share").body()).contains("accepted your proof");
		HttpResponse<String> again = wallet.answer(consent, "share");
		assertThat(again.body()).contains("refused your presentation");
		assertThat(learner.get("/verifiers/bank").body()).contains("TRANSACTION_USED");
	}
}
