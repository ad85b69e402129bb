package org.consentlab.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many Argon2 hashes may run at once. Each takes about 16 MB and a core for its duration, so
 * without a bound a burst of sign-ins or sign-ups can exhaust the heap.
 *
 * @param maxConcurrent hashes at once; 0 means one per available processor
 * @param maxWait how long a request waits for a slot before it gets 503 and {@code Retry-After}
 */
@ConfigurationProperties("consentlab.password-hashing")
public record PasswordHashingProperties(
		@DefaultValue("0") int maxConcurrent,
		@DefaultValue("10s") Duration maxWait) {

	public PasswordHashingProperties {
		if (maxConcurrent < 0) {
			throw new IllegalArgumentException("consentlab.password-hashing.max-concurrent must be 0 or more");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("consentlab.password-hashing.max-wait must not be negative");
		}
	}

	int permits() {
		return maxConcurrent > 0
				? maxConcurrent
				: Math.max(1, Runtime.getRuntime().availableProcessors());
	}
}
