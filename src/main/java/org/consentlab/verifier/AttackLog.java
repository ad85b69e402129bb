package org.consentlab.verifier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.labs.ProgressEvent.LabReset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
			List<RejectionCode> codes, Instant at) {

		public Attempt {
			codes = List.copyOf(codes);
		}

		public String when() {
			return org.consentlab.web.Times.format(at);
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

	/** The learner's attacks, newest first, each with the codes of its rejection, in order. */
	public List<Attempt> of(long accountId) {
		record Row(long id, Attempt attempt, String code) {
		}
		List<Row> rows = jdbc.sql("SELECT A.ID, A.TRANSACTION_ID, T.VERIFIER_ID, A.KIND, T.STATUS, A.CREATED_AT, C.CODE "
				+ "FROM VERIFIER_ATTACK A JOIN VERIFIER_TRANSACTION T ON T.ID = A.TRANSACTION_ID AND T.ACCOUNT_ID = A.ACCOUNT_ID "
				+ "LEFT JOIN VERIFIER_REJECTION R ON R.TRANSACTION_ID = A.TRANSACTION_ID AND R.ACCOUNT_ID = A.ACCOUNT_ID "
				+ "LEFT JOIN VERIFIER_REJECTION_CODE C ON C.REJECTION_ID = R.ID "
				+ "WHERE A.ACCOUNT_ID = ? ORDER BY A.ID DESC, R.ID, C.POS")
			.param(accountId)
			.query((rs, row) -> new Row(rs.getLong(1), new Attempt(rs.getLong(2), rs.getString(3),
					Attack.valueOf(rs.getString(4)), Transaction.Status.valueOf(rs.getString(5)), List.of(),
					rs.getTimestamp(6).toInstant()), rs.getString(7)))
			.list();
		Map<Long, Attempt> attempts = new LinkedHashMap<>();
		for (Row row : rows) {
			Attempt attempt = attempts.getOrDefault(row.id(), row.attempt());
			List<RejectionCode> codes = new ArrayList<>(attempt.codes());
			RejectionCode.parse(row.code()).filter(code -> !codes.contains(code)).ifPresent(codes::add);
			attempts.put(row.id(), new Attempt(attempt.transactionId(), attempt.verifierId(), attempt.attack(),
					attempt.status(), codes, attempt.at()));
		}
		return List.copyOf(attempts.values());
	}

	/** Resetting L9 forgets the learner's attacks (the verifiers keep their rejection logs). */
	@EventListener
	@Transactional
	void on(LabReset reset) {
		if ("L9".equals(reset.labId())) {
			jdbc.sql("DELETE FROM VERIFIER_ATTACK WHERE ACCOUNT_ID = ?").param(reset.accountId()).update();
		}
	}
}
