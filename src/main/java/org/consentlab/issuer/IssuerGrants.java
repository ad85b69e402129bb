package org.consentlab.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.consentlab.credential.jose.Base64Url;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The short-lived secrets of the pre-authorised code flow: pre-authorised codes (OpenID4VCI 1.0
 * §4.1.1, single use), access tokens (§6.2, here good for one credential request) and c_nonces (§7,
 * single use). 256 random bits each, in the database so any instance can redeem them. Bounded:
 * expired secrets go in bulk on a schedule ({@link #purgeExpired}), a learner keeps at most
 * {@link #PER_LEARNER} live secrets of a kind at an issuer (the newest), and the anonymous nonce
 * endpoint stops at {@link #MAX_LIVE_NONCES} live nonces on this instance.
 */
@Component
class IssuerGrants {

	/** What a secret is for, and how long it lives. */
	enum Kind {
		PRE_AUTHORIZED_CODE(Duration.ofMinutes(10)),
		ACCESS_TOKEN(Duration.ofMinutes(10)),
		C_NONCE(Duration.ofMinutes(5));

		final Duration lifetime;

		Kind(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	IssuerGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many wrong transaction codes a pre-authorised code survives. */
	static final int TX_CODE_ATTEMPTS = 3;

	/** Live offers (pre-authorised codes) or access tokens one learner keeps at one issuer; older ones go. */
	static final int PER_LEARNER = 20;

	/** Live c_nonces on one instance: the nonce endpoint needs no sign-in, so a flood stops here. */
	static final int MAX_LIVE_NONCES = 20_000;

	/** The nonce endpoint refused: too many live nonces, until the next purge frees some. */
	static final class NoncesExhausted extends RuntimeException {

		NoncesExhausted() {
			super("too many live nonces", null, false, false);
		}
	}

	/** Live nonces this instance made, recounted from the table at each purge. */
	private final AtomicInteger liveNonces = new AtomicInteger();

	/** A fresh secret of this kind, for the learner {@code accountId} (null for a c_nonce). */
	String create(Kind kind, String issuerId, Long accountId) {
		return create(kind, issuerId, accountId, null);
	}

	/**
	 * A fresh secret that can only be redeemed together with {@code txCode} (OpenID4VCI 1.0 §4.1.1).
	 * No transaction spans the statements: the insert commits alone and the learner's surplus goes one
	 * row at a time, so no row stays locked while anything else runs (H2 and PostgreSQL lock a row on
	 * UPDATE or DELETE until commit, and a lock held across statements made parallel offers wait).
	 */
	String create(Kind kind, String issuerId, Long accountId, String txCode) {
		Instant now = Instant.now();
		if (kind == Kind.C_NONCE && liveNonces.incrementAndGet() > MAX_LIVE_NONCES) {
			liveNonces.decrementAndGet();
			throw new NoncesExhausted();
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64Url.encode(bytes);
		jdbc.sql(
						"INSERT INTO ISSUER_GRANT (SECRET, KIND, ISSUER_ID, ACCOUNT_ID, EXPIRES_AT, TX_CODE) VALUES (?, ?, ?, ?, ?, ?)")
				.params(secret, kind.name(), issuerId, accountId, Timestamp.from(now.plus(kind.lifetime)), txCode)
				.update();
		if (accountId != null) {
			keepNewest(kind, issuerId, accountId, now);
		}
		return secret;
	}

	/**
	 * Deletes the learner's live secrets of this kind at this issuer beyond the newest
	 * {@link #PER_LEARNER}, each by its key in a statement of its own. Expired ones are left to
	 * {@link #purgeExpired}, so the two never reach for the same rows.
	 */
	private void keepNewest(Kind kind, String issuerId, long accountId, Instant now) {
		List<String> surplus = jdbc.sql("SELECT SECRET FROM ISSUER_GRANT WHERE ACCOUNT_ID = ? AND KIND = ? "
						+ "AND ISSUER_ID = ? AND EXPIRES_AT > ? ORDER BY EXPIRES_AT DESC OFFSET " + PER_LEARNER
						+ " ROWS")
				.params(accountId, kind.name(), issuerId, Timestamp.from(now))
				.query(String.class)
				.list();
		for (String secret : surplus) {
			jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET = ?").param(secret).update();
		}
	}

	/** Expired secrets deleted per statement, so the purge never holds many row locks at once. */
	static final int PURGE_BATCH = 500;

	/** Deletes every expired secret, a batch per statement (indexed on EXPIRES_AT); returns how many went. */
	int purgeExpired(Instant now) {
		int purged = 0;
		int batch;
		do {
			batch = jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET IN (SELECT SECRET FROM ISSUER_GRANT "
							+ "WHERE EXPIRES_AT < ? FETCH FIRST " + PURGE_BATCH + " ROWS ONLY)")
					.param(Timestamp.from(now))
					.update();
			purged += batch;
		} while (batch == PURGE_BATCH);
		liveNonces.set(jdbc.sql("SELECT COUNT(*) FROM ISSUER_GRANT WHERE KIND = ?")
				.param(Kind.C_NONCE.name())
				.query(Integer.class)
				.single());
		return purged;
	}

	/** The learner a live secret belongs to; the secret stays valid. Empty when unknown or expired. */
	Optional<Long> holder(Kind kind, String issuerId, String secret) {
		return jdbc.sql(
						"SELECT ACCOUNT_ID FROM ISSUER_GRANT WHERE SECRET = ? AND KIND = ? AND ISSUER_ID = ? AND EXPIRES_AT > ?")
				.params(secret, kind.name(), issuerId, Timestamp.from(Instant.now()))
				.query(Long.class)
				.optional();
	}

	/** What redeeming a pre-authorised code gave (OpenID4VCI 1.0 §6.1, §6.3). */
	sealed interface Redemption {

		/** The code was live and its transaction code, if any, right: the code is used up. */
		record Granted(long accountId) implements Redemption {}

		/** The transaction code was compared and found wrong; one of the tries is spent. */
		record WrongTxCode() implements Redemption {}

		/** The code is unknown, used, expired or out of tries: nothing was compared. */
		record Unknown() implements Redemption {}
	}

	/**
	 * Redeems a pre-authorised code (OpenID4VCI 1.0 §6.1). When the offer has a transaction code, a
	 * try is claimed before the code is compared, by a conditional update whose row count decides:
	 * parallel guesses queue on the row for that one statement, and at most {@link #TX_CODE_ATTEMPTS}
	 * of them are ever compared. After the last wrong one the code is gone. Each statement commits on
	 * its own: the row is locked only while one statement runs, and of two parallel redemptions of the
	 * same code (a double click) exactly one delete takes it and the other is told the code is used.
	 */
	Redemption redeem(String issuerId, String code, String txCode) {
		Timestamp now = Timestamp.from(Instant.now());
		Optional<String[]> grant = jdbc.sql(
						"SELECT ACCOUNT_ID, TX_CODE FROM ISSUER_GRANT WHERE SECRET = ? AND KIND = ? AND ISSUER_ID = ? AND EXPIRES_AT > ?")
				.params(code, Kind.PRE_AUTHORIZED_CODE.name(), issuerId, now)
				.query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
				.optional();
		if (grant.isEmpty() || grant.get()[0] == null) {
			return new Redemption.Unknown();
		}
		String expected = grant.get()[1];
		if (expected != null) {
			int claimed = jdbc.sql("UPDATE ISSUER_GRANT SET ATTEMPTS = ATTEMPTS + 1 WHERE SECRET = ? AND KIND = ? "
							+ "AND ISSUER_ID = ? AND EXPIRES_AT > ? AND ATTEMPTS < ?")
					.params(code, Kind.PRE_AUTHORIZED_CODE.name(), issuerId, now, TX_CODE_ATTEMPTS)
					.update();
			if (claimed == 0) {
				return new Redemption.Unknown();
			}
			if (!MessageDigest.isEqual(
					expected.getBytes(StandardCharsets.UTF_8),
					String.valueOf(txCode).getBytes(StandardCharsets.UTF_8))) {
				jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET = ? AND ATTEMPTS >= ?")
						.params(code, TX_CODE_ATTEMPTS)
						.update();
				return new Redemption.WrongTxCode();
			}
		}
		if (!consume(Kind.PRE_AUTHORIZED_CODE, issuerId, code)) {
			return new Redemption.Unknown();
		}
		return new Redemption.Granted(Long.parseLong(grant.get()[0]));
	}

	/** Uses a live secret up: true exactly once, for the one caller whose delete took it. */
	boolean consume(Kind kind, String issuerId, String secret) {
		boolean used =
				jdbc.sql("DELETE FROM ISSUER_GRANT WHERE SECRET = ? AND KIND = ? AND ISSUER_ID = ? AND EXPIRES_AT > ?")
								.params(secret, kind.name(), issuerId, Timestamp.from(Instant.now()))
								.update()
						== 1;
		if (used && kind == Kind.C_NONCE) {
			liveNonces.decrementAndGet();
		}
		return used;
	}
}
