package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The verifiers' tables stay bounded whatever a learner (or whoever holds a transaction's state)
 * sends: transactions capped per learner with the newest kept, rejections capped per transaction,
 * abandoned transactions removed in bulk while decided ones stay.
 */
class VerifierTransactionBoundsTests {

	private static RunningApp app;

	private static JdbcClient jdbc;

	private static VerifierTransactions transactions;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		jdbc = app.bean(JdbcClient.class);
		transactions = app.bean(VerifierTransactions.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void startWhenLearnerAtTheCapThenOldestGoAndNewestStay() {
		long ada = account("ada-many");
		long bea = account("bea-few");
		Transaction first = transactions.start("hotel", ada, "client");
		Transaction bea1 = transactions.start("hotel", bea, "client");
		Transaction last = null;
		for (int i = 0; i < VerifierTransactions.PER_LEARNER + 5; i++) {
			last = transactions.start("hotel", ada, "client");
		}
		List<Transaction> kept = transactions.of(ada, "hotel");
		assertThat(kept).hasSize(VerifierTransactions.PER_LEARNER);
		assertThat(kept.get(0).id()).isEqualTo(last.id());
		assertThat(transactions.find(ada, "hotel", first.id())).isEmpty();
		assertThat(transactions.find(bea, "hotel", bea1.id())).isPresent();
	}

	@Test
	void logRejectionWhenResponsesKeepComingThenCappedPerTransaction() {
		long ada = account("ada-rejections");
		Transaction tx = transactions.start("employer", ada, "client");
		for (int i = 0; i < VerifierTransactions.REJECTIONS_PER_TRANSACTION + 30; i++) {
			transactions.logRejection(tx, List.of(TransactionError.VP_TOKEN_MALFORMED));
		}
		assertThat(transactions.rejections(ada, "employer")).hasSize(VerifierTransactions.REJECTIONS_PER_TRANSACTION);
	}

	@Test
	void purgeWhenAbandonedThenOnlyOldUnansweredGo() {
		long ada = account("ada-abandoned");
		Transaction abandoned = transactions.start("bank", ada, "client");
		Transaction decided = transactions.start("bank", ada, "client");
		Transaction fresh = transactions.start("bank", ada, "client");
		transactions.decide(decided, Transaction.Status.DECLINED, null, List.of());
		Timestamp old = Timestamp.from(
				Instant.now().minus(VerifierTransactions.ABANDONED_AFTER).minusSeconds(60));
		jdbc.sql("UPDATE VERIFIER_TRANSACTION SET CREATED_AT = ? WHERE ID IN (?, ?)")
				.params(old, abandoned.id(), decided.id())
				.update();

		assertThat(transactions.purgeAbandoned(Instant.now())).isGreaterThanOrEqualTo(1);

		assertThat(transactions.find(ada, "bank", abandoned.id())).isEmpty();
		assertThat(transactions.find(ada, "bank", decided.id())).isPresent();
		assertThat(transactions.find(ada, "bank", fresh.id())).isPresent();
	}

	private static long account(String name) {
		return TestAccounts.learner(jdbc, name, 1);
	}
}
