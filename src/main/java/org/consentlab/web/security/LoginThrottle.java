package org.consentlab.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.consentlab.web.WebProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code loginAttempts} failures for one username within the window,
 * that username is locked until the oldest failure leaves the window. Kept per instance: behind a
 * load balancer each instance allows its own share, which still bounds guessing.
 */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED_USERNAMES = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int allowed;

	private final Duration window;

	private final Clock clock;

	@Autowired
	LoginThrottle(WebProperties properties) {
		this(properties.loginAttempts(), Duration.ofMinutes(properties.loginWindowMinutes()), Clock.systemUTC());
	}

	LoginThrottle(int allowed, Duration window, Clock clock) {
		this.allowed = allowed;
		this.window = window;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Deque<Instant> recent = failures.get(key(username));
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			forgetOld(recent);
			return recent.size() >= allowed;
		}
	}

	void failed(String username) {
		if (failures.size() >= MAX_TRACKED_USERNAMES) {
			failures.values().removeIf(recent -> {
				synchronized (recent) {
					forgetOld(recent);
					return recent.isEmpty();
				}
			});
		}
		Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (recent) {
			forgetOld(recent);
			recent.addLast(clock.instant());
		}
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private void forgetOld(Deque<Instant> recent) {
		Instant cutoff = clock.instant().minus(window);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}
}
