package org.consentlab.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded lane of self-calls: at most {@code maxConcurrent} in flight, at most {@code maxWaiting}
 * waiting for a place, each for at most {@code waitTimeout}. A call that finds the line full, or
 * waits too long, is refused as busy at once rather than holding its thread.
 */
final class SelfCallLane {

	/** A self-call waits seconds at most, so the learner may simply try again. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final Semaphore places;

	private final int maxWaiting;

	private final Duration waitTimeout;

	private final AtomicInteger waiting = new AtomicInteger();

	SelfCallLane(int maxConcurrent, int maxWaiting, Duration waitTimeout) {
		this.places = new Semaphore(maxConcurrent, true);
		this.maxWaiting = maxWaiting;
		this.waitTimeout = waitTimeout;
	}

	/** Takes a place, or throws {@link ServiceBusyException}; the caller must {@link #release()} it. */
	void acquire() {
		if (places.tryAcquire()) {
			return;
		}
		if (waiting.incrementAndGet() > maxWaiting) {
			waiting.decrementAndGet();
			throw new ServiceBusyException("error.busy", RETRY_AFTER);
		}
		try {
			if (!places.tryAcquire(waitTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServiceBusyException("error.busy", RETRY_AFTER);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException("error.busy", RETRY_AFTER);
		} finally {
			waiting.decrementAndGet();
		}
	}

	void release() {
		places.release();
	}

	/** Calls in flight now. */
	int inFlight(int maxConcurrent) {
		return maxConcurrent - places.availablePermits();
	}
}
