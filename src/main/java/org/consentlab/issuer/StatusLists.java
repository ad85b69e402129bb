package org.consentlab.issuer;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.status.Status;
import org.consentlab.credential.status.StatusList;
import org.consentlab.credential.status.StatusListToken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each issuer's Token Status Lists (draft-ietf-oauth-status-list §4, two bits per entry), grown the
 * way a real issuer grows them: a numbered series of lists of {@link #SIZE} entries, each published
 * at its own URI (§8.1). An index is drawn at random in the lowest list with room (§12.5, so
 * neighbours in a list are not neighbours in time); when a list has handed out {@link #CAPACITY}
 * entries the next one opens. An entry is released {@link #RELEASE_GRACE} after its credential
 * expires, never earlier, so an index is only handed out again once every credential that ever
 * pointed at it is expired and no verifier still holds a Status List Token from before. The entries
 * no learner holds stand for other people's credentials: a fixed share is revoked or suspended.
 */
@Component
class StatusLists {

	/** Entries per list: 2^14, 4 KiB at two bits, a herd of thousands (§12.5). */
	static final int SIZE = 16_384;

	/** Entries handed out per list before the next opens: with the background, at most ~73% full, so random draws stay short. */
	static final int CAPACITY = SIZE / 8 * 5;

	static final int BITS = 2;

	/** Lists per issuer, at most: 2.6 million live credentials, far beyond a class. */
	static final int MAX_LISTS = 256;

	/** Entries one learner may hold at one issuer until they are released (a year of labs, many times over). */
	static final int PER_LEARNER = 500;

	/** How long a Status List Token is valid (its {@code exp}, §5.1): a verifier may use it that long. */
	static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	/** An expired credential's entry is kept this long: the longest a verifier may rely on an older token. */
	static final Duration RELEASE_GRACE = TOKEN_LIFETIME.plusMinutes(5);

	private static final int DRAWS = 64;

	/** An entry issued to a learner, for the credential configuration {@code configurationId}. */
	public record Entry(int list, int idx, Status status, String configurationId) {

		/** The entry's place across all the issuer's lists, one number: {@code list × SIZE + idx}. */
		public int position() {
			return list * SIZE + idx;
		}
	}

	/** Where a new credential's status lives (Token Status List §6.1). */
	record Allocation(int list, int idx) {}

	/** Why no entry could be given: the learner's cap, or every list the issuer may open is full. */
	static final class Exhausted extends RuntimeException {

		enum Reason {
			LEARNER_CAP,
			NO_INDEX_LEFT
		}

		final Reason reason;

		Exhausted(Reason reason) {
			super(reason.name(), null, false, false);
			this.reason = reason;
		}
	}

	private final JdbcClient jdbc;

	private final IssuerKeys keys;

	private final long ttlSeconds;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, StatusList> background = new ConcurrentHashMap<>();

	StatusLists(JdbcClient jdbc, IssuerKeys keys, IssuerProperties properties) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.ttlSeconds = properties.statusListTtlSeconds();
	}

	/** How long verifiers may cache a token (§5.1 ttl), in seconds. */
	long ttlSeconds() {
		return ttlSeconds;
	}

	/**
	 * Reserves {@code count} entries for credentials issued to {@code accountId} that expire at
	 * {@code expiresAt}: all or none. Not one transaction: on PostgreSQL a duplicate key would abort
	 * it, and each insert stands alone.
	 *
	 * @throws Exhausted when the learner's cap would be passed or no list can take another entry
	 */
	List<Allocation> allocate(String issuerId, long accountId, String configurationId, int count, Instant expiresAt) {
		int held = jdbc.sql("SELECT COUNT(*) FROM ISSUER_STATUS WHERE ACCOUNT_ID = ? AND ISSUER_ID = ?")
				.params(accountId, issuerId)
				.query(Integer.class)
				.single();
		if (held + count > PER_LEARNER) {
			throw new Exhausted(Exhausted.Reason.LEARNER_CAP);
		}
		List<Allocation> allocated = new ArrayList<>();
		try {
			while (allocated.size() < count) {
				allocated.addAll(
						allocateSome(issuerId, accountId, configurationId, count - allocated.size(), expiresAt));
			}
			return allocated;
		} catch (Exhausted ex) {
			// nothing was issued with these: they are free at once
			allocated.forEach(a -> jdbc.sql("DELETE FROM ISSUER_STATUS WHERE ISSUER_ID = ? AND LIST_NO = ? AND IDX = ?")
					.params(issuerId, a.list(), a.idx())
					.update());
			throw ex;
		}
	}

	/**
	 * Up to {@code wanted} entries in the lowest list with room: their places are counted in one
	 * update (a batch of five is one statement, not five), then each index is drawn.
	 */
	private List<Allocation> allocateSome(
			String issuerId, long accountId, String configurationId, int wanted, Instant expiresAt) {
		while (true) {
			int list = listWithRoom(issuerId);
			int reserved = reserve(issuerId, list, wanted);
			List<Allocation> drawn = new ArrayList<>(reserved);
			for (int i = 0; i < reserved; i++) {
				Optional<Integer> idx = draw(issuerId, list, accountId, configurationId, expiresAt);
				if (idx.isEmpty()) {
					// unlucky draws: count the list as full until the next recount
					jdbc.sql("UPDATE ISSUER_STATUS_LIST SET ALLOCATED = ? WHERE ISSUER_ID = ? AND LIST_NO = ?")
							.params(CAPACITY, issuerId, list)
							.update();
					break;
				}
				drawn.add(new Allocation(list, idx.get()));
			}
			if (!drawn.isEmpty()) {
				return drawn;
			}
			// another request took the last places, or the draws missed: look again
		}
	}

	/** Counts {@code wanted} places in the list at once, or one when fewer are left; 0 when it is full. */
	private int reserve(String issuerId, int list, int wanted) {
		if (wanted > 1
				&& jdbc.sql("UPDATE ISSUER_STATUS_LIST SET ALLOCATED = ALLOCATED + ? "
										+ "WHERE ISSUER_ID = ? AND LIST_NO = ? AND ALLOCATED <= ?")
								.params(wanted, issuerId, list, CAPACITY - wanted)
								.update()
						== 1) {
			return wanted;
		}
		return jdbc.sql("UPDATE ISSUER_STATUS_LIST SET ALLOCATED = ALLOCATED + 1 "
						+ "WHERE ISSUER_ID = ? AND LIST_NO = ? AND ALLOCATED < ?")
				.params(issuerId, list, CAPACITY)
				.update();
	}

	/** The lowest list with room, opening the next one when every list is full. */
	private int listWithRoom(String issuerId) {
		while (true) {
			Optional<Integer> open = jdbc.sql("SELECT LIST_NO FROM ISSUER_STATUS_LIST WHERE ISSUER_ID = ? "
							+ "AND ALLOCATED < ? ORDER BY LIST_NO FETCH FIRST 1 ROWS ONLY")
					.params(issuerId, CAPACITY)
					.query(Integer.class)
					.optional();
			if (open.isPresent()) {
				return open.get();
			}
			int next = lists(issuerId);
			if (next >= MAX_LISTS) {
				throw new Exhausted(Exhausted.Reason.NO_INDEX_LEFT);
			}
			try {
				jdbc.sql(
								"INSERT INTO ISSUER_STATUS_LIST (ISSUER_ID, LIST_NO, ALLOCATED, OPENED_AT) VALUES (?, ?, 0, ?)")
						.params(issuerId, next, Timestamp.from(Instant.now()))
						.update();
			} catch (DuplicateKeyException opened) {
				// another instance opened it first: use theirs
			}
		}
	}

	private Optional<Integer> draw(
			String issuerId, int list, long accountId, String configurationId, Instant expiresAt) {
		StatusList others = background(issuerId, list);
		for (int attempt = 0; attempt < DRAWS; attempt++) {
			int idx = random.nextInt(SIZE);
			if (others.get(idx) != Status.VALID.value()) {
				continue;
			}
			try {
				jdbc.sql(
								"INSERT INTO ISSUER_STATUS (ISSUER_ID, LIST_NO, IDX, STATUS, ACCOUNT_ID, ISSUED_AT, EXPIRES_AT, "
										+ "CONFIGURATION_ID) VALUES (?, ?, ?, 0, ?, ?, ?, ?)")
						.params(
								issuerId,
								list,
								idx,
								accountId,
								Timestamp.from(Instant.now()),
								Timestamp.from(expiresAt),
								configurationId)
						.update();
				return Optional.of(idx);
			} catch (DuplicateKeyException taken) {
				// another credential holds this index: draw again
			}
		}
		return Optional.empty();
	}

	/** How many lists the issuer has opened: they are numbered 0 to this, exclusive. */
	int lists(String issuerId) {
		return jdbc.sql("SELECT COALESCE(MAX(LIST_NO) + 1, 0) FROM ISSUER_STATUS_LIST WHERE ISSUER_ID = ?")
				.param(issuerId)
				.query(Integer.class)
				.single();
	}

	List<Entry> of(String issuerId, long accountId) {
		return jdbc.sql("SELECT LIST_NO, IDX, STATUS, CONFIGURATION_ID FROM ISSUER_STATUS "
						+ "WHERE ISSUER_ID = ? AND ACCOUNT_ID = ? ORDER BY ISSUED_AT DESC, LIST_NO, IDX")
				.params(issuerId, accountId)
				.query((rs, row) -> new Entry(
						rs.getInt(1),
						rs.getInt(2),
						Status.fromValue(rs.getInt(3)).orElse(Status.VALID),
						rs.getString(4)))
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
	boolean set(String issuerId, int position, long accountId, Status status) {
		return jdbc.sql("UPDATE ISSUER_STATUS SET STATUS = ? WHERE ISSUER_ID = ? AND LIST_NO = ? AND IDX = ? "
								+ "AND ACCOUNT_ID = ? AND STATUS <> ?")
						.params(
								status.value(),
								issuerId,
								position / SIZE,
								position % SIZE,
								accountId,
								Status.INVALID.value())
						.update()
				== 1;
	}

	/** List {@code list} as published now, signed with the issuer's newest key, at {@code uri}. */
	StatusListToken token(String issuerId, int list, String uri) {
		Map<Integer, Integer> issued = new HashMap<>();
		jdbc.sql("SELECT IDX, STATUS FROM ISSUER_STATUS WHERE ISSUER_ID = ? AND LIST_NO = ?")
				.params(issuerId, list)
				.query(rs -> {
					issued.put(rs.getInt(1), rs.getInt(2));
				});
		Instant now = Instant.now();
		return StatusListToken.issue(
				keys.signingKey(issuerId),
				uri,
				background(issuerId, list).withAll(issued),
				now,
				now.plus(TOKEN_LIFETIME),
				ttlSeconds,
				CryptoProvider.SIGNING);
	}

	/** The statuses of the other people's credentials in list 0, which no learner is ever given. */
	StatusList others(String issuerId) {
		return background(issuerId, 0);
	}

	/** List 0 keeps the seed it always had, so its entries stay where learners found them. */
	private StatusList background(String issuerId, int list) {
		String seed = list == 0 ? issuerId : issuerId + "#" + list;
		return background.computeIfAbsent(seed, id -> {
			SplittableRandom others = new SplittableRandom(id.hashCode());
			Map<Integer, Integer> statuses = new HashMap<>();
			for (int idx = 0; idx < SIZE; idx++) {
				int roll = others.nextInt(100);
				if (roll < 8) {
					statuses.put(idx, Status.INVALID.value());
				} else if (roll < 11) {
					statuses.put(idx, Status.SUSPENDED.value());
				}
			}
			return StatusList.ofSize(BITS, SIZE).withAll(statuses);
		});
	}
}
