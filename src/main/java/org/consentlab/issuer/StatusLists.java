package org.consentlab.issuer;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.status.Status;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each issuer's Token Status List (draft-ietf-oauth-status-list §4, two bits per entry): an index
 * drawn at random for every credential issued (§12.5, so neighbours in the list are not neighbours
 * in time), revocation by the holder's report, and the signed Status List Token served to every
 * verifier alike (§5.1). The entries no learner holds stand for other people's credentials: a fixed
 * share of them is revoked or suspended, so the list looks like a real one.
 */
@Component
class StatusLists {

	static final int SIZE = 2048;

	static final int BITS = 2;

	/** How long verifiers may cache the token (§5.1 ttl): short, so a revocation shows within seconds. */
	static final long TTL_SECONDS = 5;

	/** An entry issued to a learner, for the credential configuration {@code configurationId}. */
	public record Entry(int idx, Status status, String configurationId) {}

	private final JdbcClient jdbc;

	private final IssuerKeys keys;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, StatusList> background = new ConcurrentHashMap<>();

	StatusLists(JdbcClient jdbc, IssuerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Reserves a random free index for a credential issued to {@code accountId}. Not one
	 * transaction: on PostgreSQL a duplicate key would abort it, and each insert stands alone.
	 */
	int allocate(String issuerId, long accountId, String configurationId) {
		StatusList others = background(issuerId);
		for (int attempt = 0; attempt < 64; attempt++) {
			int idx = random.nextInt(SIZE);
			if (others.get(idx) != Status.VALID.value()) {
				continue;
			}
			try {
				jdbc.sql("INSERT INTO ISSUER_STATUS (ISSUER_ID, IDX, STATUS, ACCOUNT_ID, ISSUED_AT, CONFIGURATION_ID) "
								+ "VALUES (?, ?, 0, ?, ?, ?)")
						.params(issuerId, idx, accountId, Timestamp.from(Instant.now()), configurationId)
						.update();
				return idx;
			} catch (DuplicateKeyException taken) {
				// another credential holds this index: draw again
			}
		}
		throw new IllegalStateException("status list of " + issuerId + " is full");
	}

	List<Entry> of(String issuerId, long accountId) {
		return jdbc.sql(
						"SELECT IDX, STATUS, CONFIGURATION_ID FROM ISSUER_STATUS WHERE ISSUER_ID = ? AND ACCOUNT_ID = ? "
								+ "ORDER BY ISSUED_AT DESC, IDX")
				.params(issuerId, accountId)
				.query((rs, row) ->
						new Entry(rs.getInt(1), Status.fromValue(rs.getInt(2)).orElse(Status.VALID), rs.getString(3)))
				.list();
	}

	/**
	 * Sets the status of every credential this issuer gave the learner, except the revoked ones:
	 * revocation is final (Token Status List §7.1); returns how many changed.
	 */
	@Transactional
	int setAll(String issuerId, long accountId, Status status) {
		return jdbc.sql("UPDATE ISSUER_STATUS SET STATUS = ? WHERE ISSUER_ID = ? AND ACCOUNT_ID = ? AND STATUS <> ?")
				.params(status.value(), issuerId, accountId, Status.INVALID.value())
				.update();
	}

	/** Sets one entry's status; a revoked entry stays revoked. False when the entry is not the learner's. */
	@Transactional
	boolean set(String issuerId, int idx, long accountId, Status status) {
		return jdbc.sql(
								"UPDATE ISSUER_STATUS SET STATUS = ? WHERE ISSUER_ID = ? AND IDX = ? AND ACCOUNT_ID = ? AND STATUS <> ?")
						.params(status.value(), issuerId, idx, accountId, Status.INVALID.value())
						.update()
				== 1;
	}

	/** The statuses of the learner's credentials: clearing restores revoked ones, as if the lost ID had been found. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "issuer.statuses";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("UPDATE ISSUER_STATUS SET STATUS = 0 WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}

	/** The current list, signed with the issuer's newest key, published at {@code uri}. */
	StatusListToken token(String issuerId, String uri) {
		StatusList list = background(issuerId);
		for (Map.Entry<Integer, Integer> entry : issued(issuerId).entrySet()) {
			list = list.with(entry.getKey(), entry.getValue());
		}
		Instant now = Instant.now();
		return StatusListToken.issue(
				keys.signingKey(issuerId),
				uri,
				list,
				now,
				now.plus(Duration.ofHours(1)),
				TTL_SECONDS,
				CryptoProvider.SIGNING);
	}

	private Map<Integer, Integer> issued(String issuerId) {
		Map<Integer, Integer> statuses = new java.util.HashMap<>();
		jdbc.sql("SELECT IDX, STATUS FROM ISSUER_STATUS WHERE ISSUER_ID = ?")
				.param(issuerId)
				.query(rs -> {
					statuses.put(rs.getInt(1), rs.getInt(2));
				});
		return statuses;
	}

	/** The statuses of the other people's credentials, which no learner is ever given. */
	StatusList others(String issuerId) {
		return background(issuerId);
	}

	private StatusList background(String issuerId) {
		return background.computeIfAbsent(issuerId, id -> {
			SplittableRandom others = new SplittableRandom(id.hashCode());
			StatusList list = StatusList.ofSize(BITS, SIZE);
			for (int idx = 0; idx < SIZE; idx++) {
				int roll = others.nextInt(100);
				if (roll < 8) {
					list = list.with(idx, Status.INVALID.value());
				} else if (roll < 11) {
					list = list.with(idx, Status.SUSPENDED.value());
				}
			}
			return list;
		});
	}
}
