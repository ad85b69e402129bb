package org.consentlab.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (RFC 9106) with Spring Security's 5.8 defaults, written as
 * {@code {argon2}...}. Argon2 takes passwords of any length, where bcrypt refuses more than 72
 * bytes. Hashes stored earlier as {@code {bcrypt}...} still verify, and sign-in rewrites them as
 * Argon2 ({@link PasswordEncoder#upgradeEncoding}).
 */
final class PasswordHashing {

	static final String CURRENT = "argon2";

	/** Longest password accepted anywhere, in characters: long passphrases welcome, megabytes not. */
	static final int MAX_PASSWORD_CHARS = 1024;

	/** Spring Security 5.8's Argon2id memory cost, 16 MiB. */
	static final int DEFAULT_MEMORY_KIB = 1 << 14;

	private PasswordHashing() {}

	/** Argon2id with Spring Security 5.8's defaults: 16 MiB, 2 iterations, 1 lane, 16-byte salt, 32-byte hash. */
	static PasswordEncoder encoder() {
		return encoder(DEFAULT_MEMORY_KIB);
	}

	/** The same with another memory cost (see {@link PasswordHashingProperties#argon2MemoryKib()}). */
	static PasswordEncoder encoder(int memoryKib) {
		Map<String, PasswordEncoder> encoders =
				Map.of(CURRENT, new Argon2PasswordEncoder(16, 32, 1, memoryKib, 2), "bcrypt", new LegacyBcrypt());
		return new DelegatingPasswordEncoder(CURRENT, encoders);
	}

	/**
	 * Verifies old bcrypt hashes only. bcrypt throws on a candidate over 72 bytes; no stored bcrypt
	 * hash can come from such a password, so the answer is simply "no match".
	 */
	private static final class LegacyBcrypt implements PasswordEncoder {

		private static final int BCRYPT_MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence raw) {
			throw new UnsupportedOperationException("new passwords are hashed with " + CURRENT);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
				return false;
			}
			return bcrypt.matches(raw, encoded);
		}
	}
}
