package org.consentlab.web.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.consentlab.web.ServiceBusyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of password hashes run at once. Argon2id is memory-hard on purpose
 * (RFC 9106 §4): about 16 MB per hash here, so two hundred parallel sign-ins would want over 3 GB. A
 * request waits a bounded time for a slot, then gets {@link ServiceBusyException} (503) instead.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore slots;

	private final Duration maxWait;

	BoundedPasswordEncoder(PasswordEncoder delegate, int slots, Duration maxWait) {
		if (slots < 1) {
			throw new IllegalArgumentException("at least one hashing slot is needed");
		}
		this.delegate = delegate;
		this.slots = new Semaphore(slots, true);
		this.maxWait = maxWait;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		acquire();
		try {
			return delegate.encode(rawPassword);
		} finally {
			slots.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		acquire();
		try {
			return delegate.matches(rawPassword, encodedPassword);
		} finally {
			slots.release();
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

	private void acquire() {
		try {
			if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServiceBusyException("error.busy", Duration.ofSeconds(5));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException("error.busy", Duration.ofSeconds(5));
		}
	}
}
