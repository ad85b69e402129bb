package org.consentlab.verifier;

/**
 * How a verifier asks for one transaction. {@link #SIGNED} is the default: a request object signed
 * with the verifier's access certificate, passed by reference (OpenID4VP 1.0 §5.10, HAIP 1.0
 * {@code x509_hash:}), answered encrypted ({@code direct_post.jwt}, §8.3.1). {@link #UNSIGNED} is
 * the older request by value under {@code redirect_uri:}, answered with plain {@code direct_post}
 * (§8.2): anyone can write such a request in any verifier's name, which is why a lab needs it.
 */
public enum RequestMode {
	SIGNED,
	UNSIGNED;

	/** The mode a start form names ({@code unsigned}), signed when it names none or another. */
	public static RequestMode of(String value) {
		return "unsigned".equalsIgnoreCase(value) ? UNSIGNED : SIGNED;
	}
}
