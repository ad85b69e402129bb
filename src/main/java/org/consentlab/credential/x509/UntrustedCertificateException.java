package org.consentlab.credential.x509;

/**
 * A certificate chain the wallet will not trust, with the one reason it stopped at. Callers branch
 * on {@link #reason()}, never on the message.
 */
public final class UntrustedCertificateException extends RuntimeException {

	/** Why a chain is refused, in the order the checks run. */
	public enum Reason {
		/** No {@code x5c}, or an empty one (RFC 7515 §4.1.6). */
		NO_CHAIN,
		/** An entry is not a base64 DER certificate, or the chain is longer than {@link CertificateChain#MAX_LENGTH}. */
		MALFORMED,
		/** The leaf signs for itself: a verifier must be vouched for by a registrar (HAIP 1.0 forbids self-signed leaves). */
		SELF_SIGNED_LEAF,
		/** The leaf is itself a certificate authority (RFC 5280 §4.2.1.9), so it is not a verifier's certificate. */
		LEAF_IS_AUTHORITY,
		/** Outside its validity period at the time of the check (RFC 5280 §6.1.3 (a)(2)). */
		EXPIRED,
		/** The chain does not lead to a root the wallet trusts (RFC 5280 §6), or a link's signature is wrong. */
		NOT_TRUSTED
	}

	private final Reason reason;

	public UntrustedCertificateException(Reason reason, String detail) {
		super(reason + ": " + detail, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
