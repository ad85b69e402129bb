package org.consentlab.verifier;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifiers' transaction and rejection logs. Reads always name the learner, so a learner sees
 * only their own transactions. A transaction accepts one response, within {@link #LIFETIME}.
 * Bounded: a learner keeps their newest {@link #PER_LEARNER} transactions at each verifier, a
 * transaction logs at most {@link #REJECTIONS_PER_TRANSACTION} rejections (responses to a decided
 * one keep coming from anyone who has its {@code state}), and transactions never answered are
 * removed {@link #ABANDONED_AFTER} after they start; decided ones stay for the labs' pages.
 */
@Service
public class VerifierTransactions {

	public static final Duration LIFETIME = Duration.ofMinutes(10);

	/** Transactions one learner keeps at one verifier; starting another removes the oldest. */
	static final int PER_LEARNER = 200;

	/** Rejections logged for one transaction; later refused responses are answered but not logged. */
	static final int REJECTIONS_PER_TRANSACTION = 20;

	/** A transaction still REQUESTED this long after it started was abandoned: it can never be answered. */
	static final Duration ABANDONED_AFTER = LIFETIME.plusHours(1);

	private static final String COLUMNS =
			"ID, VERIFIER_ID, ACCOUNT_ID, STATE, NONCE, CLIENT_ID, STATUS, LEARNED, CREATED_AT, DECIDED_AT, REQUEST_MODE, "
					+ "SKIPPED_CHECK";

	/** A logged rejection: the typed codes that stopped a presentation, in the order they were found. */
	public record Rejection(long transactionId, List<RejectionCode> codes, Instant at) {

		public Rejection {
			codes = List.copyOf(codes);
		}

		/** True when a check of the credential core refused it with {@code code}. */
		public boolean has(VerificationErrorCode code) {
			return codes.contains(RejectionCode.of(code));
		}
	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	VerifierTransactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An unsigned transaction, as every transaction was before signed requests. */
	Transaction start(String verifierId, long accountId, String clientId) {
		return start(verifierId, accountId, clientId, RequestMode.UNSIGNED);
	}

	@Transactional
	Transaction start(String verifierId, long accountId, String clientId, RequestMode mode) {
		return start(verifierId, accountId, clientId, mode, null);
	}

	/** A transaction that leaves {@code skips} out when it is answered (lab L9), or makes every check (null). */
	@Transactional
	Transaction start(
			String verifierId, long accountId, String clientId, RequestMode mode, SwitchedOffCheck.Check skips) {
		keepNewest(verifierId, accountId, PER_LEARNER - 1);
		String state = secret();
		jdbc.sql(
						"INSERT INTO VERIFIER_TRANSACTION (VERIFIER_ID, ACCOUNT_ID, STATE, NONCE, CLIENT_ID, STATUS, CREATED_AT, "
								+ "REQUEST_MODE, SKIPPED_CHECK) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(
						verifierId,
						accountId,
						state,
						secret(),
						clientId,
						Transaction.Status.REQUESTED.name(),
						Timestamp.from(Instant.now()),
						mode.name(),
						skips == null ? null : skips.name())
				.update();
		return byState(verifierId, state).orElseThrow();
	}

	Optional<Transaction> byState(String verifierId, String state) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM VERIFIER_TRANSACTION WHERE VERIFIER_ID = ? AND STATE = ?")
				.params(verifierId, state)
				.query(VerifierTransactions::map)
				.optional();
	}

	/** The transaction whose answer is encrypted to the key {@code kid} (OpenID4VP 1.0 §8.3, the JWE's kid). */
	Optional<Transaction> byResponseKey(String verifierId, String kid) {
		return jdbc.sql("SELECT " + COLUMNS
						+ " FROM VERIFIER_TRANSACTION WHERE VERIFIER_ID = ? AND RESPONSE_KEY_ID = ?")
				.params(verifierId, kid)
				.query(VerifierTransactions::map)
				.optional();
	}

	public Optional<Transaction> find(long accountId, String verifierId, long id) {
		return jdbc.sql("SELECT " + COLUMNS
						+ " FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? AND ID = ?")
				.params(accountId, verifierId, id)
				.query(VerifierTransactions::map)
				.optional();
	}

	/** The learner's transactions with this verifier, newest first. */
	public List<Transaction> of(long accountId, String verifierId) {
		return jdbc.sql("SELECT " + COLUMNS
						+ " FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? ORDER BY ID DESC")
				.params(accountId, verifierId)
				.query(VerifierTransactions::map)
				.list();
	}

	/** A transaction and every code its rejections logged, in order (empty when it was not rejected). */
	public record Outcome(Transaction transaction, List<RejectionCode> codes) {

		public Outcome {
			codes = List.copyOf(codes);
		}
	}

	/** The outcome of the learner's transaction {@code id}; empty when it is not theirs. */
	public Optional<Outcome> outcome(long accountId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND ID = ?")
				.params(accountId, id)
				.query(VerifierTransactions::map)
				.optional()
				.map(tx -> new Outcome(
						tx,
						jdbc
								.sql("SELECT C.CODE FROM VERIFIER_REJECTION R "
										+ "JOIN VERIFIER_REJECTION_CODE C ON C.REJECTION_ID = R.ID "
										+ "WHERE R.ACCOUNT_ID = ? AND R.TRANSACTION_ID = ? ORDER BY R.ID, C.POS")
								.params(accountId, id)
								.query(String.class)
								.list()
								.stream()
								.map(RejectionCode::parse)
								.flatMap(Optional::stream)
								.distinct()
								.toList()));
	}

	/** The learner's rejections by this verifier, newest first, each with its codes in order. */
	public List<Rejection> rejections(long accountId, String verifierId) {
		record Row(long id, long transactionId, Instant at, String code) {}
		List<Row> rows = jdbc.sql("SELECT R.ID, R.TRANSACTION_ID, R.CREATED_AT, C.CODE FROM VERIFIER_REJECTION R "
						+ "LEFT JOIN VERIFIER_REJECTION_CODE C ON C.REJECTION_ID = R.ID "
						+ "WHERE R.ACCOUNT_ID = ? AND R.VERIFIER_ID = ? ORDER BY R.ID DESC, C.POS")
				.params(accountId, verifierId)
				.query((rs, row) ->
						new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
				.list();
		Map<Long, Rejection> rejections = new LinkedHashMap<>();
		for (Row row : rows) {
			Rejection rejection =
					rejections.getOrDefault(row.id(), new Rejection(row.transactionId(), List.of(), row.at()));
			List<RejectionCode> codes = new ArrayList<>(rejection.codes());
			RejectionCode.parse(row.code()).ifPresent(codes::add);
			rejections.put(row.id(), new Rejection(row.transactionId(), codes, row.at()));
		}
		return List.copyOf(rejections.values());
	}

	/**
	 * A verified presentation this learner gave, as the verifier received it, with its correlation
	 * handles: the inspector's attacks start from it, and L10 compares the handles across verifiers.
	 */
	public record Shown(
			long transactionId, String verifierId, Instant at, String presentation, CorrelationHandles handles) {}

	/** The learner's verified presentations to any verifier, newest first, at most {@code limit}. */
	public List<Shown> shown(long accountId, int limit) {
		return jdbc
				.sql("SELECT ID, VERIFIER_ID, CREATED_AT, PRESENTATION, HANDLES FROM VERIFIER_TRANSACTION "
						+ "WHERE ACCOUNT_ID = ? AND STATUS = 'VERIFIED' AND PRESENTATION IS NOT NULL ORDER BY ID DESC")
				.param(accountId)
				.query((rs, row) -> new Shown(
						rs.getLong(1),
						rs.getString(2),
						rs.getTimestamp(3).toInstant(),
						rs.getString(4),
						CorrelationHandles.parse(rs.getString(5))))
				.list()
				.stream()
				.limit(limit)
				.toList();
	}

	/**
	 * Records a verified presentation with what the verifier learned and the handles it carried: one
	 * statement by primary key, in its own implicit transaction, that changes no indexed column.
	 */
	boolean accept(Transaction tx, String learned, String presentation, CorrelationHandles handles) {
		return jdbc.sql(
								"UPDATE VERIFIER_TRANSACTION SET STATUS = 'VERIFIED', LEARNED = ?, PRESENTATION = ?, HANDLES = ?, "
										+ "DECIDED_AT = ?, RESPONSE_KEY = NULL WHERE ID = ? AND STATUS = 'REQUESTED'")
						.params(learned, presentation, handles.json(), Timestamp.from(Instant.now()), tx.id())
						.update()
				== 1;
	}

	/** Moves a requested transaction to its outcome; false when another response got there first. */
	@Transactional
	boolean decide(Transaction tx, Transaction.Status status, String learned, List<RejectionCode> codes) {
		int changed = jdbc.sql("UPDATE VERIFIER_TRANSACTION SET STATUS = ?, LEARNED = ?, DECIDED_AT = ?, "
						+ "RESPONSE_KEY = NULL WHERE ID = ? AND STATUS = 'REQUESTED'")
				.params(status.name(), learned, Timestamp.from(Instant.now()), tx.id())
				.update();
		if (!codes.isEmpty()) {
			logRejection(tx, codes);
		}
		return changed == 1;
	}

	/** Logs a rejected response without changing the transaction (it was already decided): one row per code. */
	@Transactional
	void logRejection(Transaction tx, List<RejectionCode> codes) {
		if (jdbc.sql("SELECT COUNT(*) FROM VERIFIER_REJECTION WHERE TRANSACTION_ID = ?")
						.param(tx.id())
						.query(Integer.class)
						.single()
				>= REJECTIONS_PER_TRANSACTION) {
			return;
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
						"INSERT INTO VERIFIER_REJECTION (VERIFIER_ID, ACCOUNT_ID, TRANSACTION_ID, CREATED_AT) VALUES (?, ?, ?, ?)")
				.params(tx.verifierId(), tx.accountId(), tx.id(), Timestamp.from(Instant.now()))
				.update(key);
		long rejection = ((Number) key.getKeys().get("ID")).longValue();
		for (int pos = 0; pos < codes.size(); pos++) {
			jdbc.sql("INSERT INTO VERIFIER_REJECTION_CODE (REJECTION_ID, POS, CODE) VALUES (?, ?, ?)")
					.params(rejection, pos, codes.get(pos).name())
					.update();
		}
	}

	/** Deletes the learner's older transactions at this verifier (their rejections and attacks cascade), keeping {@code keep}. */
	private void keepNewest(String verifierId, long accountId, int keep) {
		jdbc.sql("SELECT ID FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? ORDER BY ID DESC "
						+ "OFFSET " + keep + " ROWS FETCH FIRST 1 ROWS ONLY")
				.params(accountId, verifierId)
				.query(Long.class)
				.optional()
				.ifPresent(oldestKept -> jdbc.sql(
								"DELETE FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ? AND VERIFIER_ID = ? AND ID <= ?")
						.params(accountId, verifierId, oldestKept)
						.update());
	}

	/** Deletes, in one statement, the transactions nobody answered that are past {@link #ABANDONED_AFTER}. */
	@Transactional
	int purgeAbandoned(Instant now) {
		return jdbc.sql("DELETE FROM VERIFIER_TRANSACTION WHERE STATUS = ? AND CREATED_AT < ?")
				.params(Transaction.Status.REQUESTED.name(), Timestamp.from(now.minus(ABANDONED_AFTER)))
				.update();
	}

	/** Forgets every transaction of the learner's, with what each verifier learned and rejected. */
	void forgetTransactions(long accountId) {
		jdbc.sql("DELETE FROM VERIFIER_TRANSACTION WHERE ACCOUNT_ID = ?")
				.param(accountId)
				.update();
	}

	/** Forgets the learner's rejections that carry {@code code}, whatever other codes they carry. */
	void forgetRejections(long accountId, RejectionCode code) {
		jdbc.sql("DELETE FROM VERIFIER_REJECTION WHERE ACCOUNT_ID = ? AND ID IN "
						+ "(SELECT REJECTION_ID FROM VERIFIER_REJECTION_CODE WHERE CODE = ?)")
				.params(accountId, code.name())
				.update();
	}

	private String secret() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64Url.encode(bytes);
	}

	private static Transaction map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("DECIDED_AT");
		String learned = rs.getString("LEARNED");
		String skips = rs.getString("SKIPPED_CHECK");
		return new Transaction(
				rs.getLong("ID"),
				rs.getString("VERIFIER_ID"),
				rs.getLong("ACCOUNT_ID"),
				rs.getString("STATE"),
				rs.getString("NONCE"),
				rs.getString("CLIENT_ID"),
				Transaction.Status.valueOf(rs.getString("STATUS")),
				learned,
				LearnedClaims.names(learned),
				rs.getTimestamp("CREATED_AT").toInstant(),
				decided == null ? null : decided.toInstant(),
				RequestMode.valueOf(rs.getString("REQUEST_MODE")),
				skips == null ? null : SwitchedOffCheck.Check.valueOf(skips));
	}
}
