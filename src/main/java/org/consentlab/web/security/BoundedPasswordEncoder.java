package org.consentlab.web.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.consentlab.web.ServiceBusyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of password hashes run at once. Argon2id is memory-hard on purpose
 * (RFC 9106 §4): about 16 MB per hash here, so two hundred parallel sign-ins would want over 3 GB.
 * Requests queue for a slot, in order: a class joining at once (two hashes a learner: the join and the
 * first sign-in) waits its turn, since a learner's browser does not retry a 503. A request is refused
 * with {@link ServiceBusyException} (503) only when its wait would not be reasonable: at once when the
 * queue ahead of it, at the hashes' recent pace, would take longer than {@code maxWait}, or when no slot
 * came within {@code maxWait}.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore slots;

	private final Duration maxWait;

	private final int permits;

	/** How long a hash has recently taken, in nanoseconds (an exponential moving average; 0 before the first). */
	private final AtomicLong recentHashNanos = new AtomicLong();

	BoundedPasswordEncoder(PasswordEncoder delegate, int slots, Duration maxWait) {
		if (slots < 1) {
			throw new IllegalArgumentException("at least one hashing slot is needed");
		}
		this.delegate = delegate;
		this.slots = new Semaphore(slots, true);
		this.maxWait = maxWait;
		this.permits = slots;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		long start = acquire();
		try {
			return delegate.encode(rawPassword);
		} finally {
			release(start);
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		long start = acquire();
		try {
			return delegate.matches(rawPassword, encodedPassword);
		} finally {
			release(start);
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	/** The slots, for tests that fill them. */
	Semaphore slots() {
		return slots;
	}

	/** The wait a request arriving now can expect: the queue ahead of it, a round of hashes per slot. */
	Duration expectedWait() {
		int queued = slots.getQueueLength();
		if (queued == 0 && slots.availablePermits() > 0) {
			return Duration.ZERO;
		}
		long rounds = queued / permits + 1;
		return Duration.ofNanos(rounds * recentHashNanos.get());
	}

	/** Takes a slot, or refuses; returns when the hash started (nanoTime). */
	private long acquire() {
		if (expectedWait().compareTo(maxWait) > 0) {
			throw new ServiceBusyException("error.busy", Duration.ofSeconds(5));
		}
		try {
			if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServiceBusyException("error.busy", Duration.ofSeconds(5));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException("error.busy", Duration.ofSeconds(5));
		}
		return System.nanoTime();
	}

	private void release(long start) {
		long took = System.nanoTime() - start;
		slots.release();
		recentHashNanos.accumulateAndGet(took, (average, last) -> average == 0 ? last : (average * 7 + last) / 8);
	}

	/** For tests: as if recent hashes had each taken {@code took}. */
	void assumeRecentHashesTook(Duration took) {
		recentHashNanos.set(took.toNanos());
	}
}
