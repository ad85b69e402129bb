package org.consentlab.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WeakVerifiers;
import org.consentlab.support.WebClient;
import org.consentlab.verifier.RejectionCode;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.wallet.RefusedRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inspector's moves against the trust checks of lab L13, over real HTTP: each tampered request,
 * opened in the learner's own wallet, is refused with the code of the check it aims at, and each
 * tampered answer is refused by the verifier with its code. A genuine request and an honest answer
 * to the same verifier pass, so the move is the only thing that can have stopped them.
 */
class TrustAttackTests {

	private static final Pattern REFUSAL_CODE = Pattern.compile("id=\"refusal-code\">([A-Z_]+)<");

	private static RunningApp app;

	private static WebClient learner;

	private static long source;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		WeakVerifiers.avoid(app, "solo", "hotel", "sim");
		learner = new WebClient(app);
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		wallet.answer(wallet.openRequest("hotel"), "share");
		source = new AttackDriver(learner).sources().get(0);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void requestMoveWhenOpenedInTheWalletThenRefusedWithTheCodeOfItsCheck() {
		AttackDriver attacks = new AttackDriver(learner);
		for (TrustAttack move : TrustAttack.values()) {
			if (move.side() != TrustAttack.Side.WALLET) {
				continue;
			}
			Map<String, String> form = attacks.tamperRequest("bank", move.id());
			HttpResponse<String> opened = attacks.openInWallet(form);
			assertThat(opened.statusCode()).as(move.id()).isEqualTo(400);
			Matcher code = REFUSAL_CODE.matcher(opened.body());
			assertThat(code.find())
					.as("%s refused on the refusal page", move.id())
					.isTrue();
			assertThat(code.group(1)).as(move.id()).isEqualTo(move.code());
			assertThat(opened.body())
					.as(move.id())
					.contains(move.walletCheck().orElseThrow().section());
			assertThat(app.bean(RefusedRequests.class).of(accountId()).get(0))
					.as("%s in the wallet's own record", move.id())
					.isEqualTo(move.walletCheck().orElseThrow());
		}
	}

	@Test
	void swappedAndForeignChainsWhenTamperedThenTheLinkCarriesWhatEachMoveClaims() {
		AttackDriver attacks = new AttackDriver(learner);
		Map<String, String> swapped = attacks.tamperRequest("bank", TrustAttack.SWAPPED_X5C.id());
		Map<String, String> foreign = attacks.tamperRequest("bank", TrustAttack.FOREIGN_ROOT.id());
		Map<String, String> downgraded = attacks.tamperRequest("bank", TrustAttack.PREFIX_DOWNGRADE.id());
		// the swapped chain keeps the bank's identifier; one's own root brings one's own
		assertThat(ClientId.parse(swapped.get("client_id")).prefix()).isEqualTo(ClientId.Prefix.X509_HASH);
		assertThat(foreign.get("client_id")).startsWith("x509_hash:").isNotEqualTo(swapped.get("client_id"));
		assertThat(downgraded.get("client_id")).startsWith("redirect_uri:");
	}

	@Test
	void genuineRequestWhenOpenedByValueThenNotRefused() {
		String consent = new WalletDriver(learner).openRequest("bank");
		Map<String, String> carried = WalletDriver.hidden(consent);
		assertThat(carried).containsKeys("client_id", "request");
		HttpResponse<String> declined = new AttackDriver(learner)
				.openInWallet(Map.of(
						"client_id",
						carried.get("client_id"),
						"request",
						carried.get("request"),
						"decision",
						"decline"));
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		assertThat(declined.body()).doesNotContain("refusal-code");
	}

	@Test
	void answerMoveWhenSentToTheVerifierThenRejectedWithTheCodeOfItsCheck() {
		AttackDriver attacks = new AttackDriver(learner);
		for (TrustAttack move : TrustAttack.values()) {
			if (move.side() != TrustAttack.Side.VERIFIER) {
				continue;
			}
			AttackDriver.Attempt result = AttackDriver.trustResult(attacks.tamperAnswer(source, "sim", move.id()));
			assertThat(result.status()).as(move.id()).isEqualTo("REJECTED");
			assertThat(result.codes()).as(move.id()).containsExactly(move.code());
			RejectionCode logged = move.verifierCheck().orElseThrow();
			assertThat(app.bean(VerifierTransactions.class)
							.rejections(accountId(), "sim")
							.get(0)
							.codes())
					.as("%s in the verifier's own log", move.id())
					.containsExactly(logged);
		}
	}

	@Test
	void honestAnswerWhenSentTheWayTheRequestAsksThenVerified() {
		WalletDriver wallet = new WalletDriver(learner);
		wallet.answer(wallet.openRequest("sim"), "share");
		assertThat(app.bean(VerifierTransactions.class)
						.of(accountId(), "sim")
						.get(0)
						.status())
				.isEqualTo(Transaction.Status.VERIFIED);
	}

	@Test
	void moveWhenUnknownOrWithoutVerifierThenBadRequest() {
		learner.get("/inspector/attacks");
		assertThat(learner.post("/inspector/attacks/trust", "target", "bank", "move", "nonsense")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post("/inspector/attacks/trust", "target", "nobody", "move", "stripped-signature")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post("/inspector/attacks/trust", "target", "bank", "move", "wrong-key", "source", "999999")
						.statusCode())
				.isEqualTo(400);
	}

	private static long accountId() {
		return app.bean(org.consentlab.account.Accounts.class)
				.byUsername("solo")
				.orElseThrow()
				.id();
	}
}
