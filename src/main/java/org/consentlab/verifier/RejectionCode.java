package org.consentlab.verifier;

import java.util.Arrays;
import java.util.Optional;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * Why a verifier refused a response: a check of the credential core ({@link Credential}, RFC 9901,
 * SD-JWT VC, Token Status List) or one of the verifier's own ({@link TransactionError}, OpenID4VP).
 * A closed set, so a page or a lab check branches on the type and reads its explanation key; only
 * the rejection log turns a stored name back into a code, in {@link #parse(String)}.
 */
public sealed interface RejectionCode permits RejectionCode.Credential, TransactionError {

	/** The stable name stored in the rejection log and shown beside the explanation: {@code REVOKED}. */
	String name();

	/** The message key of the learner-facing explanation. */
	String explanationKey();

	/** The specification and section of the rule that was broken. */
	String specSection();

	/** A core verification error, as a rejection code. */
	static RejectionCode of(VerificationErrorCode code) {
		return new Credential(code);
	}

	/** The code stored as {@code name}, or empty for a name no code has (a row from an older version). */
	static Optional<RejectionCode> parse(String name) {
		Optional<RejectionCode> local = Arrays.stream(TransactionError.values())
				.filter((error) -> error.name().equals(name))
				.map(RejectionCode.class::cast)
				.findFirst();
		if (local.isPresent()) {
			return local;
		}
		return Arrays.stream(VerificationErrorCode.values())
				.filter((code) -> code.name().equals(name))
				.findFirst()
				.map(Credential::new);
	}

	/** A rule of the credential core was broken. */
	record Credential(VerificationErrorCode code) implements RejectionCode {

		@Override
		public String name() {
			return this.code.name();
		}

		@Override
		public String explanationKey() {
			return this.code.messageKey();
		}

		@Override
		public String specSection() {
			return this.code.specSection();
		}
	}
}
