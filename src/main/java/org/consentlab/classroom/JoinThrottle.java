package org.consentlab.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bounds sign-ups through {@code /join} (security review L5): so many attempts per client address and
 * per join code in each window, right or wrong, counted in the database so every instance shares the
 * count. A class's own code allows {@value #ATTEMPTS_PER_SEAT} attempts per seat (a taken name or a
 * typo costs a learner a second try), never fewer than {@code joinsPerCode}: a class of 500 can all
 * join in a lesson's first minutes with its one code, and a flood on that code still stops at twice
 * the class's size. A code of no class gets {@code joinsPerCode}. An attempt is counted before anything else is done with it, in one compare-and-set, so a
 * burst of parallel requests cannot all pass before the count rises. Keys are hashes of fixed length
 * and the table is kept under {@code maxKeys} rows, whatever strangers type.
 */
@Component
class JoinThrottle {

	private static final int RETRIES = 50;

	static final int PASSWORD_CHECKS = 10;

	/** Join attempts a class's code allows per seat in each window. */
	static final int ATTEMPTS_PER_SEAT = 2;

	/** Longer than any join code: not looked up. */
	private static final int MAX_CODE_LENGTH = 16;

	private final JdbcClient jdbc;

	private final int perAddress;

	private final int perCode;

	private final Duration window;

	private final int maxKeys;

	private final Clock clock;

	@Autowired
	JoinThrottle(JdbcClient jdbc, ClassroomProperties properties) {
		this(
				jdbc,
				properties.joinsPerAddress(),
				properties.joinsPerCode(),
				properties.joinWindow(),
				100_000,
				Clock.systemUTC());
	}

	JoinThrottle(JdbcClient jdbc, int perAddress, int perCode, Duration window, int maxKeys, Clock clock) {
		this.jdbc = jdbc;
		this.perAddress = perAddress;
		this.perCode = perCode;
		this.window = window;
		this.maxKeys = maxKeys;
		this.clock = clock;
	}

	/**
	 * Counts one attempt from this address with this code. False when either has used up its window:
	 * the attempt must then be refused without looking at the code or the username. The address is
	 * counted first, so an address that must wait leaves no trace of the codes it tries.
	 */
	boolean tryJoin(String address, String code) {
		Instant now = clock.instant();
		String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return take("a:" + sha256(address == null ? "" : address), perAddress, now)
				&& take("c:" + sha256(normal), codeLimit(normal), now);
	}

	/** Attempts per window for this code: scaled to the seats of its class, if it is a class's code. */
	int codeLimit(String code) {
		if (code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
			return perCode;
		}
		int seats = jdbc.sql("SELECT MAX_LEARNERS FROM CLASSROOM WHERE JOIN_CODE = ?")
				.param(code)
				.query(Integer.class)
				.optional()
				.orElse(0);
		return Math.max(perCode, seats * ATTEMPTS_PER_SEAT);
	}

	/**
	 * Counts one check of an account's current password (before a change or a deletion), at most
	 * {@value #PASSWORD_CHECKS} per window: someone holding a stolen session cannot guess the password
	 * quickly through these forms.
	 */
	boolean tryPasswordCheck(long accountId) {
		return take("p:" + accountId, PASSWORD_CHECKS, clock.instant());
	}

	private boolean take(String key, int limit, Instant now) {
		for (int i = 0; i < RETRIES; i++) {
			var row = jdbc.sql("SELECT ATTEMPTS, WINDOW_START FROM JOIN_THROTTLE WHERE THROTTLE_KEY = ?")
					.param(key)
					.query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant()))
					.optional();
			if (row.isEmpty()) {
				makeRoom(now);
				try {
					jdbc.sql("INSERT INTO JOIN_THROTTLE (THROTTLE_KEY, ATTEMPTS, WINDOW_START) VALUES (?, 1, ?)")
							.params(key, Timestamp.from(now))
							.update();
					return true;
				} catch (DuplicateKeyException raced) {
					continue;
				}
			}
			Row current = row.get();
			boolean newWindow = !now.isBefore(current.start().plus(window));
			if (!newWindow && current.attempts() >= limit) {
				return false;
			}
			int updated = jdbc.sql("UPDATE JOIN_THROTTLE SET ATTEMPTS = ?, WINDOW_START = ?"
							+ " WHERE THROTTLE_KEY = ? AND ATTEMPTS = ? AND WINDOW_START = ?")
					.params(
							newWindow ? 1 : current.attempts() + 1,
							Timestamp.from(newWindow ? now : current.start()),
							key,
							current.attempts(),
							Timestamp.from(current.start()))
					.update();
			if (updated == 1) {
				return true;
			}
		}
		return false;
	}

	/** Keeps the table under {@code maxKeys}: ended windows go first, then the oldest. */
	private void makeRoom(Instant now) {
		int keys = jdbc.sql("SELECT COUNT(*) FROM JOIN_THROTTLE")
				.query(Integer.class)
				.single();
		if (keys < maxKeys) {
			return;
		}
		jdbc.sql("DELETE FROM JOIN_THROTTLE WHERE WINDOW_START < ?")
				.param(Timestamp.from(now.minus(window)))
				.update();
		jdbc.sql("DELETE FROM JOIN_THROTTLE WHERE THROTTLE_KEY IN "
						+ "(SELECT THROTTLE_KEY FROM JOIN_THROTTLE ORDER BY WINDOW_START LIMIT ?)")
				.param(Math.max(1, maxKeys / 10))
				.update();
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record Row(int attempts, Instant start) {}
}
