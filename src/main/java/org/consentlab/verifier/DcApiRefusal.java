package org.consentlab.verifier;

import org.springframework.http.HttpStatus;

/**
 * An answer through the Digital Credentials API that the verifier refuses before any presentation
 * in it is checked, or a presentation it rejected: one reason from a closed set, each with its
 * HTTP status, the rule it enforces and the key of its explanation ({@code verifier.dcapi.refusal.<NAME>}).
 */
final class DcApiRefusal extends RuntimeException {

	/** Why the answer was refused. */
	enum Reason {
		/** The transaction is not the learner's, or was not made for the DC API. */
		NOT_A_DC_API_REQUEST(HttpStatus.NOT_FOUND, "OpenID4VP 1.0 Appendix A.2"),
		/** The transaction already received its answer (a replay). */
		TRANSACTION_USED(HttpStatus.CONFLICT, "OpenID4VP 1.0 §14.1"),
		/** The answer came after the transaction's lifetime. */
		TRANSACTION_EXPIRED(HttpStatus.GONE, "OpenID4VP 1.0 §14.1"),
		/** The page that posted the answer is at an origin the request did not name in expected_origins. */
		ORIGIN_NOT_EXPECTED(HttpStatus.FORBIDDEN, "OpenID4VP 1.0 Appendix A.2, A.5"),
		/** The credential came back under another exchange protocol than the one asked for. */
		PROTOCOL_NOT_REQUESTED(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 Appendix A.1"),
		/** The data is not the response parameters as a JSON object. */
		MALFORMED(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 Appendix A.4"),
		/** A vp_token in the clear although the request asked for dc_api.jwt. */
		NOT_ENCRYPTED(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 Appendix A.2, §8.3"),
		/** Encrypted with an algorithm this verifier did not offer. */
		UNSUPPORTED_ENCRYPTION(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 §8.3"),
		/** Encrypted to another key than this request's ephemeral key, or tampered with. */
		WRONG_KEY(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 §8.3"),
		/** The presentation was read and failed the verifier's checks; the codes are in the rejection log. */
		PRESENTATION_REJECTED(HttpStatus.BAD_REQUEST, "OpenID4VP 1.0 Appendix A.4, §B.3.6");

		private final HttpStatus status;

		private final String section;

		Reason(HttpStatus status, String section) {
			this.status = status;
			this.section = section;
		}

		HttpStatus status() {
			return status;
		}

		String section() {
			return section;
		}

		String messageKey() {
			return "verifier.dcapi.refusal." + name();
		}
	}

	private final Reason reason;

	DcApiRefusal(Reason reason, String detail) {
		super(reason + ": " + detail, null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}
}
