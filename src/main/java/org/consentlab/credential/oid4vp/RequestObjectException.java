package org.consentlab.credential.oid4vp;

import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.x509.UntrustedCertificateException;

/**
 * A request object the wallet refuses, with the one check that stopped it. The wallet shows the
 * learner {@link #failure()} and its section; a verifier told of the refusal gets
 * {@link OAuthError#INVALID_REQUEST_OBJECT}.
 */
public final class RequestObjectException extends RuntimeException {

	/** The checks of a signed request, in the order the wallet runs them. */
	public enum Failure {
		/** Not a JWS of three parts of at most {@link SignedRequest#MAX_LENGTH} characters, or its JSON is bad. */
		MALFORMED("RFC 9101 §6.1"),
		/** No signature, or {@code alg: none}: anyone could have written it. */
		NOT_SIGNED("OpenID4VP 1.0 §5.9.3"),
		/** The {@code typ} header is not {@code oauth-authz-req+jwt}. */
		WRONG_TYPE("OpenID4VP 1.0 §5"),
		/** Signed with an algorithm other than ES256. */
		UNSUPPORTED_ALGORITHM("HAIP 1.0 §7"),
		/** The client identifier's prefix is not {@code x509_hash:}, e.g. a downgrade to {@code redirect_uri:}. */
		PREFIX_NOT_ACCEPTED("OpenID4VP 1.0 §5.9.3, HAIP 1.0 §5"),
		/** The certificate chain in {@code x5c} does not lead to the classroom's root, or is malformed. */
		UNTRUSTED_CERTIFICATE("OpenID4VP 1.0 §5.9.3, RFC 5280 §6"),
		/** The {@code x509_hash} in the client identifier is not the hash of the leaf certificate. */
		CLIENT_ID_MISMATCH("OpenID4VP 1.0 §5.9.3"),
		/** The signature does not verify with the leaf certificate's key. */
		BAD_SIGNATURE("OpenID4VP 1.0 §5.9.3, RFC 7515 §5.2"),
		/** The {@code client_id} next to {@code request_uri} differs from the one inside the object. */
		OUTER_CLIENT_ID_MISMATCH("RFC 9101 §5");

		private final String section;

		Failure(String section) {
			this.section = section;
		}

		/** Where the rule this check enforces is written. */
		public String section() {
			return section;
		}
	}

	private final Failure failure;

	private final UntrustedCertificateException.Reason certificateReason;

	public RequestObjectException(Failure failure, String detail) {
		this(failure, null, detail);
	}

	RequestObjectException(Failure failure, UntrustedCertificateException.Reason certificateReason, String detail) {
		super(failure + ": " + detail, null, false, false);
		this.failure = failure;
		this.certificateReason = certificateReason;
	}

	public Failure failure() {
		return failure;
	}

	/** Why the chain was refused, for {@link Failure#UNTRUSTED_CERTIFICATE}; null otherwise. */
	public UntrustedCertificateException.Reason certificateReason() {
		return certificateReason;
	}

	public OAuthError error() {
		return OAuthError.INVALID_REQUEST_OBJECT;
	}
}
