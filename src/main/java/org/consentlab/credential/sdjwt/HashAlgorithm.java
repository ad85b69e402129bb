package org.consentlab.credential.sdjwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.consentlab.credential.jose.Base64Url;

/**
 * The hash algorithms for disclosure digests and {@code sd_hash} (RFC 9901 §4.1.1), named as in
 * the IANA "Named Information Hash Algorithm" registry. sha-256 is the default.
 */
public enum HashAlgorithm {
	SHA_256("sha-256", "SHA-256"),
	SHA_384("sha-384", "SHA-384"),
	SHA_512("sha-512", "SHA-512");

	private final String specName;

	private final MessageDigest prototype;

	HashAlgorithm(String specName, String jcaName) {
		this.specName = specName;
		try {
			this.prototype = MessageDigest.getInstance(jcaName);
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(jcaName + " is required of every JDK", ex);
		}
	}

	/** A fresh digest: cloning a prototype skips the provider look-up on every disclosure. */
	private MessageDigest newDigest() {
		try {
			return (MessageDigest) this.prototype.clone();
		} catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("the JDK's SHA-2 digests are cloneable", ex);
		}
	}

	/** The name written in {@code _sd_alg}, e.g. {@code sha-256}. */
	public String specName() {
		return this.specName;
	}

	/** The algorithm named {@code name} in {@code _sd_alg}, if this library supports it. */
	public static Optional<HashAlgorithm> fromSpecName(String name) {
		for (HashAlgorithm alg : values()) {
			if (alg.specName.equals(name)) {
				return Optional.of(alg);
			}
		}
		return Optional.empty();
	}

	/** base64url(hash(US-ASCII bytes of {@code text})), as for digests (§4.2.3) and {@code sd_hash} (§4.3.1). */
	public String digest(String text) {
		return Base64Url.encode(newDigest().digest(text.getBytes(StandardCharsets.US_ASCII)));
	}
}
