package org.consentlab.credential.sdjwt;

import java.security.SecureRandom;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.spec.Rfc9901;

/**
 * Where disclosure salts come from (RFC 9901 §4.2.1, §9.3). In production a CSPRNG with 128 bits
 * per salt; tests pass fixed salts so that outputs are repeatable byte for byte.
 */
@FunctionalInterface
public interface SaltSource {

	/** The next salt, base64url-encoded. */
	String nextSalt();

	/** 128-bit salts from {@link SecureRandom} (RFC 9901 §9.3). */
	static SaltSource secureRandom() {
		SecureRandom random = new SecureRandom();
		return () -> {
			byte[] salt = new byte[Rfc9901.SALT_BITS / 8];
			random.nextBytes(salt);
			return Base64Url.encode(salt);
		};
	}
}
