package org.consentlab.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the app does on its own time (a verifier's cached status list running out
 * at the token's ttl) by asking again until the answer comes, instead of sleeping for the longest it
 * could take: a test then waits only as long as the app needs, and a slow machine gets more time.
 */
public final class Eventually {

	/** Longer than any ttl the app sets, with room for a loaded machine. */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final long PAUSE_MILLIS = 250;

	private Eventually() {}

	/** Asks {@code attempt} until {@code done} holds for its answer; returns that answer. */
	public static <T> T until(String what, Supplier<T> attempt, Predicate<T> done) {
		return until(what, TIMEOUT, attempt, done);
	}

	/** As {@link #until(String, Supplier, Predicate)}, failing once {@code within} has passed. */
	public static <T> T until(String what, Duration within, Supplier<T> attempt, Predicate<T> done) {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			T answer = attempt.get();
			if (done.test(answer)) {
				return answer;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"waited " + within.toSeconds() + " s for " + what + "; last answer: " + answer);
			}
			try {
				Thread.sleep(PAUSE_MILLIS);
			} catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, ex);
			}
		}
	}
}
