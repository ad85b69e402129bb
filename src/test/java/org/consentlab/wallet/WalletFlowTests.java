package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.labs.Lab;
import org.consentlab.labs.LabCatalogue;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

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
		assertThat(credentialPage)
				.contains("birthdate")
				.contains("openid4vci-proof+jwt")
				.contains("c_nonce");

		String consent = wallet.openRequest("bar");
		assertThat(consent).contains("The Corner Bar").contains("over 18").contains("class=\"over-asking\"");
		assertThat(WalletDriver.optionalClaims(consent)).containsExactlyInAnyOrder("pid.given_name", "pid.address");
		HttpResponse<String> sent = wallet.answer(consent, "share");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("accepted your proof").contains("age_over_18");

		String bar = learner.get("/verifiers/bar").body();
		assertThat(bar).contains("data-status=\"VERIFIED\"").contains("<span class=\"learned\">age_over_18</span>");
		assertThat(learner.get("/wallet").body()).contains("The Corner Bar").contains("Sent and accepted");
	}

	@Test
	void inspectWhenTokenGenuineOrTamperedThenVerdictNamesEachProblem() {
		WebClient learner = new WebClient(app);
		String page = learner.get(new WalletDriver(learner).receivePid()).body();
		Matcher compact =
				Pattern.compile("<pre[^>]* id=\"sd-jwt\"[^>]*>([^<]+)</pre>").matcher(page);
		assertThat(compact.find()).isTrue();
		String credential = WalletDriver.unescape(compact.group(1));
		learner.get("/inspector");
		assertThat(learner.post("/inspector", "token", credential).body())
				.contains("A verifier would accept it")
				.contains("birthdate");
		String[] parts = credential.split("~");
		String forged = parts[0] + "~" + parts[1].substring(0, parts[1].length() - 2) + "AA~";
		assertThat(learner.post("/inspector", "token", forged).body())
				.containsAnyOf("UNREFERENCED_DISCLOSURE", "MALFORMED_DISCLOSURE");
		String[] jws = parts[0].split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8);
		String changed = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(payload.replace("urn:consentlab:pid:1", "urn:consentlab:pid:2")
						.getBytes(StandardCharsets.UTF_8));
		assertThat(learner.post("/inspector", "token", jws[0] + "." + changed + "." + jws[2] + "~")
						.body())
				.contains("SIGNATURE_INVALID");
		assertThat(learner.post("/inspector", "token", "not a token").body()).contains("MALFORMED_SD_JWT");
		assertThat(learner.post("/inspector", "token", "A".repeat(60_000)).statusCode())
				.isEqualTo(200);
	}

	@Test
	void pollWhenAnotherDeviceAnswersThenTransactionPageLearnsTheOutcome() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receiveWorkPermit();
		learner.get("/verifiers/employer");
		String tx = learner.post("/verifiers/employer/transactions")
				.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceAll("^https?://[^/]+", "");
		String page = learner.get(tx).body();
		assertThat(page).contains("hx-trigger=\"every 2s\"").contains("hx-get=\"" + tx + "/status\"");
		assertThat(learner.get(tx + "/status").body()).contains("Waiting for your wallet");
		wallet.answer(learner.get(WalletDriver.href(page, "request-link")).body(), "share");
		String outcome = learner.get(tx + "/status").body();
		assertThat(outcome)
				.contains("Verified.")
				.contains("right_to_work")
				.doesNotContain("nationalities")
				.doesNotContain("hx-trigger");
	}

	@Test
	void labsWhenLinkingIntoTheWalletWorldThenEveryLinkAnswers() {
		WebClient learner = new WebClient(app);
		for (String labId : List.of("L7", "L8")) {
			Lab lab = app.bean(LabCatalogue.class).all().stream()
					.filter(l -> l.id().equals(labId))
					.findFirst()
					.orElseThrow();
			assertThat(lab.links()).isNotEmpty();
			lab.links().stream()
					.filter(link -> link.startsWith("/"))
					.forEach(link -> assertThat(learner.get(link).statusCode())
							.as("%s links to %s", labId, link)
							.isEqualTo(200));
		}
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

	/**
	 * A consent form sent again after its answer was recorded (a load balancer's retry after a lost
	 * connection, or the form sent again from the browser's history) shows the first answer: the
	 * wallet sends nothing a second time, so the verifier has no replay to refuse and the learner is
	 * not told "refused" about an answer that was accepted.
	 */
	@Test
	void shareWhenConsentSentTwiceThenFirstAnswerShownAgainAndNothingResent() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		String consent = wallet.openRequest("bank");
		HttpResponse<String> first = wallet.answer(consent, "share");
		assertThat(first.body()).contains("accepted your proof").doesNotContain("id=\"answered-before\"");
		long answers = presentations();

		HttpResponse<String> again = wallet.answer(consent, "share");

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body())
				.contains("accepted your proof")
				.contains("id=\"answered-before\"")
				.contains("TRANSACTION_USED")
				.contains(WalletDriver.href(first.body(), "verifier-result").replace("&", "&amp;"));
		assertThat(presentations()).isEqualTo(answers);
		String bank = learner.get("/verifiers/bank").body();
		assertThat(bank).contains("data-status=\"VERIFIED\"").doesNotContain("TRANSACTION_USED");
	}

	@Test
	void declineWhenConsentSentTwiceThenStillDeclinedAndNothingResent() {
		WebClient learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		String consent = wallet.openRequest("landlord");
		wallet.answer(consent, "decline");
		long answers = presentations();

		HttpResponse<String> shareAfterAll = wallet.answer(consent, "share");

		assertThat(shareAfterAll.body()).contains("You declined").contains("id=\"answered-before\"");
		assertThat(presentations()).isEqualTo(answers);
		assertThat(learner.get("/verifiers/landlord").body()).contains("data-status=\"DECLINED\"");
	}

	private static long presentations() {
		return app.bean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM WALLET_PRESENTATION")
				.query(Long.class)
				.single();
	}
}
