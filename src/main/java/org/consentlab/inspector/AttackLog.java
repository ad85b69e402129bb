package org.consentlab.inspector;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consentlab.sandbox.SandboxPart;
import org.consentlab.verifier.RejectionCode;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector's log of the tampered responses a learner sent (lab L9): which attack each was, and
 * what the verifier's rejection log says stopped it. Reads always name the learner. A learner keeps
 * their newest {@link #PER_LEARNER} attacks; rows also go with their transaction.
 */
@Service
public class AttackLog {

	/**
	 * One attack and its outcome.
	 *
	 * @param codes the codes the verifier logged for this transaction; empty when it was not rejected
	 */
	public record Attempt(
			long transactionId,
			String verifierId,
			Attack attack,
			Transaction.Status status,
			List<RejectionCode> codes,
			Instant at) {

		public Attempt {
			codes = List.copyOf(codes);
		}
	}

	/** Attacks one learner keeps; recording another removes the oldest. */
	static final int PER_LEARNER = 200;

	private final JdbcClient jdbc;

	private final VerifierTransactions transactions;

	AttackLog(JdbcClient jdbc, VerifierTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Transactional
	void record(long accountId, long transactionId, Attack attack) {
		jdbc.sql("INSERT INTO VERIFIER_ATTACK (ACCOUNT_ID, TRANSACTION_ID, KIND, CREATED_AT) VALUES (?, ?, ?, ?)")
				.params(accountId, transactionId, attack.name(), Timestamp.from(Instant.now()))
				.update();
		jdbc.sql("SELECT ID FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ? ORDER BY ID DESC OFFSET " + PER_LEARNER
						+ " ROWS FETCH FIRST 1 ROWS ONLY")
				.param(accountId)
				.query(Long.class)
				.optional()
				.ifPresent(newestDropped -> jdbc.sql("DELETE FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ? AND ID <= ?")
						.params(accountId, newestDropped)
						.update());
	}

	/** The learner's attacks, newest first, each with the codes its verifier logged, in order. */
	public List<Attempt> of(long accountId) {
		record Row(long transactionId, Attack attack, Instant at) {}
		List<Row> rows = jdbc.sql(
						"SELECT TRANSACTION_ID, KIND, CREATED_AT FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
				.param(accountId)
				.query((rs, row) -> new Row(
						rs.getLong(1),
						Attack.valueOf(rs.getString(2)),
						rs.getTimestamp(3).toInstant()))
				.list();
		List<Attempt> attempts = new ArrayList<>();
		for (Row row : rows) {
			transactions
					.outcome(accountId, row.transactionId())
					.map(outcome -> new Attempt(
							row.transactionId(),
							outcome.transaction().verifierId(),
							row.attack(),
							outcome.transaction().status(),
							outcome.codes(),
							row.at()))
					.ifPresent(attempts::add);
		}
		return attempts;
	}

	/**
	 * {@code inspector.attacks}: the learner's attacks are forgotten; the verifiers keep their
	 * rejection logs, which are theirs.
	 */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "inspector.attacks";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
