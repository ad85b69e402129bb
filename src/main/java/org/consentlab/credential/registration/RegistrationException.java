package org.consentlab.credential.registration;

/** A registration certificate the wallet will not believe, with the check that stopped it. */
public final class RegistrationException extends RuntimeException {

	/** The checks of a registration certificate, in the order they run. */
	public enum Failure {
		/** Not a signed JWS, too long, or a required member is missing or misshapen. */
		MALFORMED,
		/** The {@code typ} header is not {@code rc-wrp+jwt} (ETSI TS 119 475 clause 5.2, Table 5). */
		WRONG_TYPE,
		/** The registrar's chain does not lead to the classroom root. */
		UNTRUSTED_REGISTRAR,
		/** The signature does not verify with the registrar's certificate. */
		BAD_SIGNATURE,
		/** Outside {@code iat}…{@code exp}. */
		EXPIRED,
		/** It registers someone other than the holder of the request's access certificate. */
		NOT_BOUND
	}

	private final Failure failure;

	public RegistrationException(Failure failure, String detail) {
		super(failure + ": " + detail, null, false, false);
		this.failure = failure;
	}

	public Failure failure() {
		return failure;
	}
}
