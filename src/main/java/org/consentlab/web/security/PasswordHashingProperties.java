package org.consentlab.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many Argon2 hashes may run at once. Each takes about 16 MB and a core for its duration, so
 * without a bound a burst of sign-ins or sign-ups can exhaust the heap.
 *
 * @param maxConcurrent hashes at once; 0 means one per available processor
 * @param maxWait the longest a request waits for a slot before it gets 503 and {@code Retry-After}; a
 *     request whose queue would take longer is refused at once. Long enough for a class of 500 joining
 *     in its first minutes on two cores (a hash takes about 50 ms there), short of a proxy's 60 s
 * @param argon2MemoryKib Argon2id's memory cost in KiB; the default is Spring Security 5.8's 16 MiB.
 *     Only the tests set it lower (to {@value #MIN_ARGON2_MEMORY_KIB}, the floor), so that hundreds of
 *     sign-ins do not dominate a test run; the stored hash names its parameters, so a hash verifies
 *     whatever the setting.
 */
@ConfigurationProperties("consentlab.password-hashing")
public record PasswordHashingProperties(
		@DefaultValue("0") int maxConcurrent,
		@DefaultValue("30s") Duration maxWait,
		@DefaultValue("16384") int argon2MemoryKib) {

	/** 1 MiB: below it Argon2id would cost a password guesser next to nothing. */
	static final int MIN_ARGON2_MEMORY_KIB = 1024;

	public PasswordHashingProperties {
		if (maxConcurrent < 0) {
			throw new IllegalArgumentException("consentlab.password-hashing.max-concurrent must be 0 or more");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("consentlab.password-hashing.max-wait must not be negative");
		}
		if (argon2MemoryKib < MIN_ARGON2_MEMORY_KIB) {
			throw new IllegalArgumentException(
					"consentlab.password-hashing.argon2-memory-kib must be at least " + MIN_ARGON2_MEMORY_KIB);
		}
	}

	int permits() {
		return maxConcurrent > 0
				? maxConcurrent
				: Math.max(1, Runtime.getRuntime().availableProcessors());
	}
}
