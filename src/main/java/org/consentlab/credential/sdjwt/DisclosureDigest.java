package org.consentlab.credential.sdjwt;

import java.util.Objects;

/**
 * The digest of a disclosure: base64url(hash(ASCII(disclosure))) (RFC 9901 §4.2.3), the string an
 * issuer puts in {@code _sd} or in {@code {"...": digest}}.
 */
public record DisclosureDigest(String value) {

	public DisclosureDigest {
		Objects.requireNonNull(value, "value");
	}

	/** The digest of the disclosure text {@code encoded} with {@code alg}. */
	public static DisclosureDigest of(String encoded, HashAlgorithm alg) {
		return new DisclosureDigest(alg.digest(encoded));
	}

	@Override
	public String toString() {
		return this.value;
	}
}
