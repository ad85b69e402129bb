package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.verifier.SwitchedOffCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * L9's weakened verifier is a setting of one learner's sandbox, not a mode of the verifier: the
 * forged presentation it accepts from that learner, it refuses from a classmate; and naming it
 * without that accepted forgery of one's own does not pass.
 */
class WeakVerifierTests {

	private static final long SEED_A = 0x5EED_A11CEL;

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroom();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void forgedPresentationWhenSentByTheLearnerThenAcceptedAndWhenByAClassmateThenRefused() {
		SwitchedOffCheck off = SwitchedOffCheck.of(SEED_A);
		long seedB = SEED_A + 1;
		while (SwitchedOffCheck.of(seedB).verifierId().equals(off.verifierId())) {
			seedB++;
		}
		Classroom classroom = Classroom.create(app, "ms-weak");
		WebClient a = classroom.join("ana");
		WebClient b = classroom.join("ben");
		JdbcClient jdbc = app.bean(JdbcClient.class);
		jdbc.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(SEED_A, "ana")
				.update();
		jdbc.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(seedB, "ben")
				.update();
		String answer = off.verifierId() + " = " + off.check().code().name();
		String move = off.check() == SwitchedOffCheck.Check.KEY_BINDING ? "drop-key-binding" : "old-nonce";

		assertThat(passes(a, answer))
				.as("the right name without an accepted forgery")
				.isFalse();

		AttackDriver.Attempt mine = forge(a, off.verifierId(), move);
		AttackDriver.Attempt theirs = forge(b, off.verifierId(), move);
		assertThat(mine.status()).as("the weak verifier, for its learner").isEqualTo("VERIFIED");
		assertThat(theirs.status()).as("the same verifier, for a classmate").isEqualTo("REJECTED");
		assertThat(theirs.codes()).contains(off.check().code().name());

		assertThat(passes(b, answer))
				.as("a classmate's answer, with no forgery accepted")
				.isFalse();
		assertThat(passes(a, answer))
				.as("the learner's own answer with their proof")
				.isTrue();
	}

	/**
	 * The weakness lives only in the transactions the attack tools start: the same forgery, sent by
	 * the same learner to the same weak verifier but for a request that verifier started as any wallet
	 * meets it, is refused with the missing check's code.
	 */
	@Test
	void forgedPresentationWhenSentForAnOrdinaryRequestOfTheWeakVerifierThenRefused() {
		SwitchedOffCheck off = SwitchedOffCheck.of(SEED_A);
		String move = off.check() == SwitchedOffCheck.Check.KEY_BINDING ? "drop-key-binding" : "old-nonce";
		WebClient learner = Classroom.create(app, "ms-ordinary").join("cyd");
		app.bean(JdbcClient.class)
				.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(SEED_A, "cyd")
				.update();
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		wallet.answer(wallet.openRequest(off.verifierId()), "share");
		AttackDriver attacks = new AttackDriver(learner);
		Map<String, String> forged = attacks.tamper(attacks.sources().get(0), off.verifierId(), move);

		learner.get("/verifiers/" + off.verifierId());
		String started = learner.post("/verifiers/" + off.verifierId() + "/transactions")
				.headers()
				.firstValue("Location")
				.orElseThrow();
		Map<String, String> ordinary = new LinkedHashMap<>(forged);
		ordinary.put("tx", started.substring(started.lastIndexOf('/') + 1));
		long viaWallet = attacks.send(ordinary);
		long viaAttack = attacks.send(forged);

		Map<Long, AttackDriver.Attempt> attempts = attacks.attempts().stream()
				.collect(Collectors.toMap(AttackDriver.Attempt::transactionId, attempt -> attempt));
		assertThat(attempts.get(viaWallet).status())
				.as("an ordinary request of the weak verifier")
				.isEqualTo("REJECTED");
		assertThat(attempts.get(viaWallet).codes()).contains(off.check().code().name());
		assertThat(attempts.get(viaAttack).status())
				.as("the attack tools' own request")
				.isEqualTo("VERIFIED");
	}

	/** Receives an ID, shows it to the verifier honestly, then sends it the move from that presentation. */
	private static AttackDriver.Attempt forge(WebClient learner, String verifier, String move) {
		WalletDriver wallet = new WalletDriver(learner);
		wallet.receivePid();
		wallet.answer(wallet.openRequest(verifier), "share");
		AttackDriver attacks = new AttackDriver(learner);
		return attacks.attack(attacks.sources().get(0), verifier, move);
	}

	private static boolean passes(WebClient learner, String answer) {
		learner.get("/labs/L9");
		learner.post("/labs/L9/tasks/L9.switched-off", "answer", answer);
		return learner.get("/labs/L9").body().contains("class=\"feedback ok\"");
	}
}
