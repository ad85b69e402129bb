package org.consentlab.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.consentlab.account.Usernames;
import org.consentlab.web.WebProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing with exponential back-off, per account and per client address (OWASP
 * ASVS 2.2.1). Each attempt is reserved before its password is checked: the count rises while the
 * key's row is held, so a burst of parallel guesses cannot all be tried before it does. Counts live
 * in the database, shared by every instance. The delay is capped, so guessing cannot lock a person
 * out for long; a key is a hash of fixed length, so what a stranger types costs one short row.
 */
@Component
class LoginThrottle {

	/** When a key starts waiting and for how long: {@code free} attempts, then base, 2·base ... up to max. */
	record Rule(int free, Duration base, Duration max) {

		Duration delayAfter(int attempts) {
			if (attempts < free) {
				return Duration.ZERO;
			}
			int doublings = Math.min(attempts - free, 20);
			Duration delay = base.multipliedBy(1L << doublings);
			return delay.compareTo(max) > 0 ? max : delay;
		}
	}

	/** Longest username considered: longer input cannot name an account, and is cut before hashing. */
	static final int MAX_USERNAME_CHARS = Usernames.MAX_CHARS;

	private static final int RETRIES = 50;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Rule perAccount;

	private final Rule perAddress;

	private final Duration forgetAfter;

	private final int maxKeys;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, WebProperties properties) {
		this(
				jdbc,
				transactions,
				new Rule(properties.loginAttempts(), Duration.ofSeconds(15), Duration.ofMinutes(1)),
				new Rule(
						properties.loginAttemptsPerAddress(),
						Duration.ofSeconds(15),
						Duration.ofMinutes(properties.loginWindowMinutes())),
				Duration.ofMinutes(properties.loginWindowMinutes()),
				100_000,
				Clock.systemUTC());
	}

	LoginThrottle(
			JdbcClient jdbc,
			TransactionOperations transactions,
			Rule perAccount,
			Rule perAddress,
			Duration forgetAfter,
			int maxKeys,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.forgetAfter = forgetAfter;
		this.maxKeys = maxKeys;
		this.clock = clock;
	}

	/**
	 * Reserves one attempt for this address and this username. Empty when the password may be
	 * checked now; otherwise how long to wait. The address is reserved first, so an address that
	 * is waiting stores nothing about the usernames it tries.
	 */
	Optional<Duration> reserve(String username, String address) {
		Optional<Duration> wait = reserve(addressKey(address), perAddress);
		return wait.isPresent() ? wait : reserve(usernameKey(username), perAccount);
	}

	/**
	 * A right password clears the account's count, and gives the address back this one attempt, so
	 * that a class behind one address counts only its wrong passwords.
	 */
	void succeeded(String username, String address) {
		jdbc.sql("DELETE FROM LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")
				.param(usernameKey(username))
				.update();
		jdbc.sql("UPDATE LOGIN_THROTTLE SET ATTEMPTS = ATTEMPTS - 1 WHERE THROTTLE_KEY = ? AND ATTEMPTS > 0")
				.param(addressKey(address))
				.update();
	}

	/**
	 * One attempt for {@code key}, in a transaction of its own that holds the key's row: parallel
	 * attempts from one address (a class behind one router signing in together) queue for the row
	 * and each is counted, rather than losing a compare-and-set and being refused as if locked.
	 * Only two first attempts racing to insert the row try again. The time is read once the row is
	 * held: read before, an attempt that waited for the row would find the row's next free moment
	 * set by a later one, and be told to wait.
	 */
	private Optional<Duration> reserve(String key, Rule rule) {
		for (int i = 0; i < RETRIES; i++) {
			try {
				return transactions.execute(status -> reserveHoldingRow(key, rule));
			} catch (DuplicateKeyException raced) {
				// the other insert won: the row exists now, and the next try holds it
			}
		}
		return Optional.of(rule.base());
	}

	private Optional<Duration> reserveHoldingRow(String key, Rule rule) {
		var row = jdbc.sql("SELECT ATTEMPTS, NEXT_AT, LAST_AT FROM LOGIN_THROTTLE WHERE THROTTLE_KEY = ? FOR UPDATE")
				.param(key)
				.query((rs, n) -> new Row(
						rs.getInt(1),
						rs.getTimestamp(2).toInstant(),
						rs.getTimestamp(3).toInstant()))
				.optional();
		Instant now = clock.instant();
		if (row.isEmpty()) {
			makeRoom(now);
			jdbc.sql("INSERT INTO LOGIN_THROTTLE (THROTTLE_KEY, ATTEMPTS, NEXT_AT, LAST_AT) VALUES (?, 1, ?, ?)")
					.params(key, Timestamp.from(now.plus(rule.delayAfter(1))), Timestamp.from(now))
					.update();
			return Optional.empty();
		}
		Row current = row.get();
		boolean forgotten = current.lastAt().plus(forgetAfter).isBefore(now);
		if (!forgotten && now.isBefore(current.nextAt())) {
			return Optional.of(Duration.between(now, current.nextAt()));
		}
		int attempts = (forgotten ? 0 : current.attempts()) + 1;
		jdbc.sql("UPDATE LOGIN_THROTTLE SET ATTEMPTS = ?, NEXT_AT = ?, LAST_AT = ? WHERE THROTTLE_KEY = ?")
				.params(attempts, Timestamp.from(now.plus(rule.delayAfter(attempts))), Timestamp.from(now), key)
				.update();
		return Optional.empty();
	}

	/** Keeps the table under {@code maxKeys}: forgotten keys go first, then the longest quiet. */
	private void makeRoom(Instant now) {
		int keys = jdbc.sql("SELECT COUNT(*) FROM LOGIN_THROTTLE")
				.query(Integer.class)
				.single();
		if (keys < maxKeys) {
			return;
		}
		jdbc.sql("DELETE FROM LOGIN_THROTTLE WHERE LAST_AT < ?")
				.param(Timestamp.from(now.minus(forgetAfter)))
				.update();
		jdbc.sql("DELETE FROM LOGIN_THROTTLE WHERE THROTTLE_KEY IN "
						+ "(SELECT THROTTLE_KEY FROM LOGIN_THROTTLE ORDER BY LAST_AT LIMIT ?)")
				.param(Math.max(1, maxKeys / 10))
				.update();
	}

	/** One key per account whatever the case typed: the same normalisation as the unique username key. */
	static String usernameKey(String username) {
		return "u:" + sha256(Usernames.key(username));
	}

	static String addressKey(String address) {
		return "a:" + sha256(address == null ? "" : address);
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record Row(int attempts, Instant nextAt, Instant lastAt) {}
}
