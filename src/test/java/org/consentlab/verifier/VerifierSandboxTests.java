package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.sandbox.Sandboxes;
import org.consentlab.support.RunningApp;
import org.consentlab.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The verifiers' and the inspector's sandbox parts clear what they did before as lab listeners: the
 * revocation refusals are found by an exact code row (not a text match), and only the learner's.
 */
class VerifierSandboxTests {

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
	void clearWhenRevocationRefusalsThenOnlyThisLearnersRejectionsCarryingRevokedGo() {
		long ada = account("ada-refusals");
		long bea = account("bea-refusals");
		VerifierTransactions transactions = app.bean(VerifierTransactions.class);
		Transaction adaTx = transactions.start("employer", ada, "client");
		Transaction beaTx = transactions.start("employer", bea, "client");
		transactions.logRejection(
				adaTx,
				List.of(
						RejectionCode.of(VerificationErrorCode.NONCE_MISMATCH),
						RejectionCode.of(VerificationErrorCode.REVOKED)));
		transactions.logRejection(adaTx, List.of(RejectionCode.of(VerificationErrorCode.SUSPENDED)));
		transactions.logRejection(adaTx, List.of(TransactionError.TRANSACTION_USED));
		transactions.logRejection(beaTx, List.of(RejectionCode.of(VerificationErrorCode.REVOKED)));

		app.bean(Sandboxes.class).clear(ada, List.of("verifier.revocation-refusals"));

		assertThat(transactions.rejections(ada, "employer"))
				.extracting(r -> r.codes().get(0).name())
				.containsExactlyInAnyOrder("SUSPENDED", "TRANSACTION_USED");
		assertThat(transactions.rejections(bea, "employer"))
				.singleElement()
				.matches(r -> r.has(VerificationErrorCode.REVOKED));
		assertThat(jdbc.sql(
								"SELECT COUNT(*) FROM VERIFIER_REJECTION_CODE C JOIN VERIFIER_REJECTION R ON R.ID = C.REJECTION_ID "
										+ "WHERE R.ACCOUNT_ID = ?")
						.param(ada)
						.query(Integer.class)
						.single())
				.isEqualTo(2);
	}

	@Test
	void clearWhenTransactionsAndAttacksThenTheLearnersAreGoneAndOthersKept() {
		long ada = account("ada-transactions");
		long bea = account("bea-transactions");
		VerifierTransactions transactions = app.bean(VerifierTransactions.class);
		Transaction adaTx = transactions.start("hotel", ada, "client");
		transactions.start("hotel", bea, "client");
		transactions.logRejection(adaTx, List.of(TransactionError.VP_TOKEN_MALFORMED));
		jdbc.sql(
						"INSERT INTO VERIFIER_ATTACK (ACCOUNT_ID, TRANSACTION_ID, KIND, CREATED_AT) VALUES (?, ?, 'ALG_NONE', ?)")
				.params(ada, adaTx.id(), Timestamp.from(Instant.now()))
				.update();

		app.bean(Sandboxes.class).clear(ada, List.of("inspector.attacks"));
		assertThat(count("VERIFIER_ATTACK", ada)).isZero();
		assertThat(count("VERIFIER_TRANSACTION", ada)).isEqualTo(1);

		app.bean(Sandboxes.class).clear(ada, List.of("verifier.transactions"));
		assertThat(count("VERIFIER_TRANSACTION", ada)).isZero();
		assertThat(count("VERIFIER_REJECTION", ada)).isZero();
		assertThat(count("VERIFIER_TRANSACTION", bea)).isEqualTo(1);
	}

	private static int count(String table, long account) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE ACCOUNT_ID = ?")
				.param(account)
				.query(Integer.class)
				.single();
	}

	private static long account(String name) {
		return TestAccounts.learner(jdbc, name, 1);
	}
}
