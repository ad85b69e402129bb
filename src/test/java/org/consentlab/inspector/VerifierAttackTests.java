package org.consentlab.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WeakVerifiers;
import org.consentlab.support.WebClient;
import org.consentlab.verifier.OtherCredential;
import org.consentlab.verifier.RejectionCode;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierProfile;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inspector's attacks over real HTTP: each tampered presentation, sent by direct_post to a
 * fresh request of a verifier, is refused with the code of the check it aims at; the hotel, the
 * SIM shop and the border accept honest minimal presentations and record their correlation handles.
 */
class VerifierAttackTests {

	private static RunningApp app;

	private static WebClient learner;

	private static long source;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		WeakVerifiers.avoid(app, "solo", "hotel");
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
	void attackWhenSentToAVerifierThenRejectedWithTheCodeOfItsCheck() {
		AttackDriver attacks = new AttackDriver(learner);
		for (Attack attack : Attack.values()) {
			String target = attack == Attack.REPLAY_OTHER_VERIFIER ? "border" : "hotel";
			AttackDriver.Attempt attempt = attacks.attack(source, target, attack.id());
			assertThat(attempt.status()).as(attack.id()).isEqualTo("REJECTED");
			assertThat(attempt.codes())
					.as(attack.id())
					.contains(attack.stoppedBy().get(0).name());
			assertThat(app.bean(VerifierTransactions.class).rejections(accountId(), target).stream()
							.filter(r -> r.transactionId() == attempt.transactionId())
							.flatMap(r -> r.codes().stream()))
					.as("%s in the verifier's own log", attack.id())
					.contains(RejectionCode.of(attack.stoppedBy().get(0)));
		}
	}

	@Test
	void attackWhenOnlyTheKeyBindingIsRedoneThenTheOtherChecksPass() {
		AttackDriver.Attempt changed = new AttackDriver(learner).attack(source, "hotel", "change-value");
		assertThat(changed.codes())
				.doesNotContain("NONCE_MISMATCH", "AUDIENCE_MISMATCH", "SD_HASH_MISMATCH", "SIGNATURE_INVALID");
	}

	@Test
	void tamperedTokenWhenSentUnchangedAgainThenTheUsedRequestRefusesIt() {
		AttackDriver attacks = new AttackDriver(learner);
		Map<String, String> form = attacks.tamper(source, "hotel", "drop-key-binding");
		attacks.send(form);
		learner.get("/inspector/attacks");
		assertThat(learner.post(
								"/inspector/attacks",
								"verifier",
								form.get("verifier"),
								"tx",
								form.get("tx"),
								"attack",
								form.get("attack"),
								"token",
								form.get("token"))
						.statusCode())
				.isEqualTo(404);
	}

	@Test
	void newVerifiersWhenSharedMinimallyThenVerifiedWithExactlyWhatTheyNeed() {
		Verifiers verifiers = app.bean(Verifiers.class);
		WalletDriver wallet = new WalletDriver(learner);
		// the border asks for the residence permit beside the ID (a DCQL credential set)
		wallet.receive("/issuers/migration", "offer-link");
		for (String id : List.of("hotel", "sim", "border")) {
			VerifierProfile profile = verifiers.find(id).orElseThrow();
			assertThat(profile.overAsks()).isFalse();
			String consent = wallet.openRequest(id);
			assertThat(consent).contains("urn:consentlab:pid:1");
			assertThat(wallet.answer(consent, "share").statusCode()).isEqualTo(200);
			Transaction tx =
					app.bean(VerifierTransactions.class).of(accountId(), id).get(0);
			assertThat(tx.status()).isEqualTo(Transaction.Status.VERIFIED);
			List<String> needed = new java.util.ArrayList<>(profile.needed());
			profile.others().stream()
					.filter(other -> other.combination() == OtherCredential.Combination.AND)
					.forEach(other -> needed.addAll(other.claims()));
			assertThat(tx.disclosed()).containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(needed));
		}
		VerifierTransactions.Shown border =
				app.bean(VerifierTransactions.class).shown(accountId(), 1).get(0);
		assertThat(border.verifierId()).isEqualTo("border");
		assertThat(border.handles().digests()).hasSize(5);
		assertThat(border.handles().cnf()).isNotBlank();
		assertThat(border.handles().status()).contains("#");
		assertThat(learner.get("/verifiers/sim").body()).contains("document number");
	}

	@Test
	void badInputWhenTamperingOrSendingThenClear4xxNever500() {
		AttackDriver attacks = new AttackDriver(learner);
		learner.get("/inspector/attacks");
		assertThat(learner.post(
								"/inspector/attacks/tamper",
								"source",
								String.valueOf(source),
								"target",
								"hotel",
								"attack",
								"teleport")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post(
								"/inspector/attacks/tamper",
								"source",
								String.valueOf(source),
								"target",
								"nobody",
								"attack",
								"alg-none")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post(
								"/inspector/attacks/tamper",
								"source",
								"999999",
								"target",
								"hotel",
								"attack",
								"alg-none")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post("/inspector/attacks/tamper", "source", "x", "target", "hotel", "attack", "alg-none")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post(
								"/inspector/attacks/tamper",
								"source",
								"",
								"token",
								"not an sd-jwt",
								"target",
								"hotel",
								"attack",
								"alg-none")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.post(
								"/inspector/attacks",
								"verifier",
								"hotel",
								"tx",
								"999999",
								"attack",
								"alg-none",
								"token",
								"a~")
						.statusCode())
				.isEqualTo(404);
		Map<String, String> form = attacks.tamper(source, "hotel", "alg-none");
		assertThat(learner.post(
								"/inspector/attacks",
								"verifier",
								"hotel",
								"tx",
								form.get("tx"),
								"attack",
								"alg-none",
								"token",
								"A".repeat(60_000))
						.statusCode())
				.isIn(400, 413);
	}

	@Test
	void pastedPresentationWhenNotInTheWalletThenTamperedWithoutRebinding() {
		String presentation = app.bean(VerifierTransactions.class)
				.shown(accountId(), 1)
				.get(0)
				.presentation();
		learner.get("/inspector/attacks");
		assertThat(learner.post(
								"/inspector/attacks/tamper",
								"source",
								"",
								"token",
								presentation,
								"target",
								"hotel",
								"attack",
								"own-key")
						.statusCode())
				.isEqualTo(200);
	}

	private static long accountId() {
		return app.bean(org.consentlab.account.Accounts.class)
				.byUsername("solo")
				.orElseThrow()
				.id();
	}
}
