package org.consentlab.verifier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspector's log of the tampered responses a learner sent (lab L9): which attack each was, and
 * what the verifier's rejection log says stopped it. Reads always name the learner.
 */
@Service
public class AttackLog {

	/**
	 * One attack and its outcome.
	 *
	 * @param codes the codes the verifier logged for this transaction; empty when it was not rejected
	 */
	public record Attempt(long transactionId, String verifierId, Attack attack, Transaction.Status status,
			List<String> codes, Instant at) {

		public List<String> explanationKeys() {
			return codes.stream().map(VerifierController::explanationKey).toList();
		}
	}

	private final JdbcClient jdbc;

	AttackLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void record(long accountId, long transactionId, Attack attack) {
		jdbc.sql("INSERT INTO VERIFIER_ATTACK (ACCOUNT_ID, TRANSACTION_ID, KIND, CREATED_AT) VALUES (?, ?, ?, ?)")
			.params(accountId, transactionId, attack.name(), Timestamp.from(Instant.now()))
			.update();
	}

	/** The learner's attacks, newest first, each with the codes of its rejection. */
	public List<Attempt> of(long accountId) {
		return jdbc.sql("SELECT A.TRANSACTION_ID, T.VERIFIER_ID, A.KIND, T.STATUS, R.CODES, A.CREATED_AT "
				+ "FROM VERIFIER_ATTACK A JOIN VERIFIER_TRANSACTION T ON T.ID = A.TRANSACTION_ID AND T.ACCOUNT_ID = A.ACCOUNT_ID "
				+ "LEFT JOIN VERIFIER_REJECTION R ON R.TRANSACTION_ID = A.TRANSACTION_ID AND R.ACCOUNT_ID = A.ACCOUNT_ID "
				+ "WHERE A.ACCOUNT_ID = ? ORDER BY A.ID DESC")
			.param(accountId)
			.query((rs, row) -> new Attempt(rs.getLong(1), rs.getString(2), Attack.valueOf(rs.getString(3)),
					Transaction.Status.valueOf(rs.getString(4)),
					rs.getString(5) == null ? List.of() : Arrays.asList(rs.getString(5).split(",")),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** The learner's attacks (the verifiers keep their rejection logs). */
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
			jdbc.sql("DELETE FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ?").param(accountId).update();
		}
	}
}
