package org.consentlab.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.consentlab.verifier.Requests;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.Verifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inspector's attack log keeps each learner's newest attacks, up to a cap, and nobody else's are touched. */
class AttackLogBoundsTests {

	private static RunningApp app;

	private static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		jdbc = app.bean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void recordWhenLearnerAtTheCapThenOldestAttacksGoAndOthersStay() {
		long ada = account("ada-attacks");
		long bea = account("bea-attacks");
		AttackLog log = app.bean(AttackLog.class);
		long adaTx = transaction(ada);
		log.record(bea, transaction(bea), Attack.CHANGE_VALUE);
		for (int i = 0; i < AttackLog.PER_LEARNER + 10; i++) {
			log.record(ada, adaTx, i == AttackLog.PER_LEARNER + 9 ? Attack.FORGED_DISCLOSURE : Attack.CHANGE_VALUE);
		}
		assertThat(count(ada)).isEqualTo(AttackLog.PER_LEARNER);
		assertThat(log.of(ada).get(0).attack()).isEqualTo(Attack.FORGED_DISCLOSURE);
		assertThat(count(bea)).isEqualTo(1);
	}

	private static long transaction(long account) {
		Transaction tx =
				app.bean(Requests.class).start(app.bean(Verifiers.class).all().get(0), account);
		return tx.id();
	}

	private static int count(long account) {
		return jdbc.sql("SELECT COUNT(*) FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ?")
				.param(account)
				.query(Integer.class)
				.single();
	}

	private static long account(String name) {
		return TestAccounts.learner(jdbc, name, 1);
	}
}
