package org.consentlab.verifier;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.consentlab.credential.jose.Base64Url;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifiers' transaction and rejection logs. Reads always name the learner, so a learner sees
 * only their own transactions. A transaction accepts one response, within {@link #LIFETIME}.
 */
@Service
public class VerifierTransactions {

	public static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final String COLUMNS = "ID, VERIFIER_ID, ACCOUNT_ID, STATE, NONCE, CLIENT_ID, STATUS, LEARNED, "
			+ "CREATED_AT, DECIDED_AT";

	/** A logged rejection: the typed error codes that stopped a presentation. */
	public record Rejection(long transactionId, List<String> codes, Instant at) {
	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	VerifierTransactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	Transaction start(String verifierId, long accountId, String clientId) {
		String state = secret();
		jdbc.sql("INSERT INTO VERIFIER_TRANSACTION (VERIFIER_ID, ACCOUNT_ID, STATE, NONCE, CLIENT_ID, STATUS, CREATED_AT) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(verifierId, accountId, state, secret(), clientId, Transaction.Status.REQUESTED.name(),
					Timestamp.from(Instant.now()))
			.update();
		return byState(verifierId, state).orElseThrow();
	}

	Optional<Transaction> byState(String verifierId, String state) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM VERIFIER_TRANSACTION WHERE VERIFIER_ID = ? AND STATE = ?")
			.params(verifierId, state)
			.query(VerifierTransactions::map)
			.optional();
	}

	public Optional<Transaction> find(long accountId, String verifierId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? AND ID = ?")
			.params(accountId, verifierId, id)
			.query(VerifierTransactions::map)
			.optional();
	}

	/** The learner's transactions with this verifier, newest first. */
	public List<Transaction> of(long accountId, String verifierId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? ORDER BY ID DESC")
			.params(accountId, verifierId)
			.query(VerifierTransactions::map)
			.list();
	}

	public List<Rejection> rejections(long accountId, String verifierId) {
		return jdbc.sql("SELECT TRANSACTION_ID, CODES, CREATED_AT FROM VERIFIER_REJECTION "
				+ "WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? ORDER BY ID DESC")
			.params(accountId, verifierId)
			.query((rs, row) -> new Rejection(rs.getLong(1), Arrays.asList(rs.getString(2).split(",")),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/**
	 * A verified presentation this learner gave, as the verifier received it, with its correlation
	 * handles: the inspector's attacks start from it, and L10 compares the handles across verifiers.
	 */
	public record Shown(long transactionId, String verifierId, Instant at, String presentation,
			CorrelationHandles handles) {
	}

	/** The learner's verified presentations to any verifier, newest first, at most {@code limit}. */
	public List<Shown> shown(long accountId, int limit) {
		return jdbc.sql("SELECT ID, VERIFIER_ID, CREATED_AT, PRESENTATION, HANDLES FROM VERIFIER_TRANSACTION "
				+ "WHERE ACCOUNT_ID = ? AND STATUS = 'VERIFIED' AND PRESENTATION IS NOT NULL ORDER BY ID DESC")
			.param(accountId)
			.query((rs, row) -> new Shown(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					CorrelationHandles.parse(rs.getString(5))))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Records a verified presentation with what the verifier learned and the handles it carried. */
	@Transactional
	boolean accept(Transaction tx, String learned, String presentation, CorrelationHandles handles) {
		return jdbc.sql("UPDATE VERIFIER_TRANSACTION SET STATUS = 'VERIFIED', LEARNED = ?, PRESENTATION = ?, HANDLES = ?, "
				+ "DECIDED_AT = ? WHERE ID = ? AND STATUS = 'REQUESTED'")
			.params(learned, presentation, handles.json(), Timestamp.from(Instant.now()), tx.id())
			.update() == 1;
	}

	/** Moves a requested transaction to its outcome; false when another response got there first. */
	@Transactional
	boolean decide(Transaction tx, Transaction.Status status, String learned, List<String> codes) {
		int changed = jdbc.sql("UPDATE VERIFIER_TRANSACTION SET STATUS = ?, LEARNED = ?, DECIDED_AT = ? "
				+ "WHERE ID = ? AND STATUS = 'REQUESTED'")
			.params(status.name(), learned, Timestamp.from(Instant.now()), tx.id())
			.update();
		if (!codes.isEmpty()) {
			logRejection(tx, codes);
		}
		return changed == 1;
	}

	/** Logs a rejected response without changing the transaction (it was already decided). */
	@Transactional
	void logRejection(Transaction tx, List<String> codes) {
		jdbc.sql("INSERT INTO VERIFIER_REJECTION (VERIFIER_ID, ACCOUNT_ID, TRANSACTION_ID, CODES, CREATED_AT) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(tx.verifierId(), tx.accountId(), tx.id(), String.join(",", codes), Timestamp.from(Instant.now()))
			.update();
	}

	/** The learner's transactions with every verifier. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "verifier.transactions";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ?").param(accountId).update();
		}
	}

	/** The verifiers' refusals of the learner's credentials because they were revoked. */
	@Component
	static class RevocationRefusals implements SandboxPart {

		private final JdbcClient jdbc;

		RevocationRefusals(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "verifier.revocation-refusals";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM VERIFIER_REJECTION WHERE ACCOUNT_ID = ? AND CODES LIKE '%REVOKED%'")
				.param(accountId)
				.update();
		}
	}

	private String secret() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64Url.encode(bytes);
	}

	private static Transaction map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("DECIDED_AT");
		String learned = rs.getString("LEARNED");
		return new Transaction(rs.getLong("ID"), rs.getString("VERIFIER_ID"), rs.getLong("ACCOUNT_ID"),
				rs.getString("STATE"), rs.getString("NONCE"), rs.getString("CLIENT_ID"),
				Transaction.Status.valueOf(rs.getString("STATUS")), learned, LearnedClaims.names(learned),
				rs.getTimestamp("CREATED_AT").toInstant(), decided == null ? null : decided.toInstant());
	}
}
