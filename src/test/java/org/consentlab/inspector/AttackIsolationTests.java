package org.consentlab.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classroom mode on PostgreSQL: learner B never sees learner A's presentations, tampered
 * submissions or linkable pairs, cannot tamper with A's presentation, and cannot answer A's request.
 */
class AttackIsolationTests {

	private static RunningApp app;

	private static WebClient ada;

	private static WebClient bea;

	private static long adaSource;

	private static Map<String, String> adaPending;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedClassroomOnPostgres();
		Classroom classroom = Classroom.create(app, "ai-ms-okafor");
		ada = classroom.join("ai-ada");
		bea = classroom.join("ai-bea");
		WalletDriver wallet = new WalletDriver(ada);
		wallet.receivePid();
		wallet.answer(wallet.openRequest("hotel"), "share");
		wallet.answer(wallet.openRequest("sim"), "share");
		AttackDriver attacks = new AttackDriver(ada);
		adaSource = attacks.sources().get(0);
		attacks.attack(adaSource, "hotel", "alg-none");
		adaPending = attacks.tamper(adaSource, "border", "own-key");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void learnerBWhenListingAttacksThenSeesNoneOfAs() {
		assertThat(new AttackDriver(ada).attempts()).hasSize(1);
		assertThat(new AttackDriver(bea).attempts()).isEmpty();
		assertThat(new AttackDriver(bea).sources()).isEmpty();
		assertThat(bea.get("/inspector").body()).doesNotContain("source-" + adaSource);
	}

	@Test
	void learnerBWhenTamperingWithAsPresentationThenRefused() {
		bea.get("/inspector/attacks");
		assertThat(bea.post(
								"/inspector/attacks/tamper",
								"source",
								String.valueOf(adaSource),
								"target",
								"hotel",
								"attack",
								"alg-none")
						.statusCode())
				.isEqualTo(400);
	}

	@Test
	void learnerBWhenSendingToAsRequestThenNotFoundAndNothingLogged() {
		bea.get("/inspector/attacks");
		assertThat(bea.post(
								"/inspector/attacks",
								"verifier",
								adaPending.get("verifier"),
								"tx",
								adaPending.get("tx"),
								"attack",
								"own-key",
								"token",
								adaPending.get("token"))
						.statusCode())
				.isEqualTo(404);
		assertThat(new AttackDriver(ada).attempts()).hasSize(1);
	}

	@Test
	void learnerBWhenOpeningThePooledPageThenSeesOnlyTheirOwnPairs() {
		assertThat(ada.get("/verifiers/pooled").body()).contains("data-linkable=\"true\"");
		assertThat(bea.get("/verifiers/pooled").body()).doesNotContain("data-linkable=");
	}
}
