package org.consentlab.credential.oid4vp;

import java.util.Objects;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.x509.CertificateChain;

/**
 * A client identifier with its prefix (OpenID4VP 1.0 §5.9): {@code <prefix>:<original id>}. The
 * prefix tells the wallet how to believe who is asking: {@code redirect_uri:} believes nothing (the
 * request cannot be signed), {@code x509_hash:} believes a certificate chain a registrar signed.
 *
 * @param prefix how the identifier is to be understood
 * @param original the part after the prefix, or the whole identifier of a pre-registered client
 */
public record ClientId(Prefix prefix, String original) {

	/** The longest client identifier read. */
	public static final int MAX_LENGTH = 2048;

	/** The prefixes this app reads, each with the text before the first colon (§5.9.3). */
	public enum Prefix {
		/** §5.9.2: no known prefix, a client the wallet is expected to know already. */
		PRE_REGISTERED(""),
		/** §5.9.3: the response URI itself; the request is unsigned and proves nothing. */
		REDIRECT_URI(Oid4vp.REDIRECT_URI_PREFIX),
		/** §5.9.3: a DNS name in the signing certificate. */
		X509_SAN_DNS(Oid4vp.X509_SAN_DNS_PREFIX),
		/** §5.9.3: the SHA-256 of the signing certificate; what HAIP 1.0 requires. */
		X509_HASH(Oid4vp.X509_HASH_PREFIX),
		/** §5.9.3 and Appendix A: reserved for the Digital Credentials API. */
		ORIGIN(Oid4vp.ORIGIN_PREFIX);

		private final String text;

		Prefix(String text) {
			this.text = text;
		}

		/** The prefix as written, colon included ({@code x509_hash:}); empty for a pre-registered client. */
		public String text() {
			return text;
		}
	}

	public ClientId {
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(original, "original");
	}

	/** The {@code x509_hash:} identifier of whoever holds the leaf of {@code chain}. */
	public static ClientId x509Hash(CertificateChain chain) {
		return new ClientId(Prefix.X509_HASH, chain.x509Hash());
	}

	/**
	 * Reads a client identifier: the prefix is the text before the first colon, when it is one this
	 * app knows (§5.9.1); otherwise the whole value names a pre-registered client (§5.9.2).
	 */
	public static ClientId parse(String value) {
		if (value == null || value.isEmpty()) {
			throw MalformedMessageException.invalid(Oid4vp.CLIENT_ID, "is missing");
		}
		if (value.length() > MAX_LENGTH) {
			throw MalformedMessageException.invalid(Oid4vp.CLIENT_ID, "is longer than " + MAX_LENGTH + " characters");
		}
		int colon = value.indexOf(':');
		if (colon > 0) {
			String head = value.substring(0, colon + 1);
			for (Prefix prefix : Prefix.values()) {
				if (prefix != Prefix.PRE_REGISTERED && prefix.text.equals(head)) {
					return new ClientId(prefix, value.substring(colon + 1));
				}
			}
		}
		return new ClientId(Prefix.PRE_REGISTERED, value);
	}

	/** The full identifier, prefix included: what the audience of a presentation must be (§5.9.4). */
	@Override
	public String toString() {
		return prefix.text + original;
	}
}
