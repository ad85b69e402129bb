package org.consentlab.verifier;

/** Every path of the verifiers, named once. {@code {id}} is the verifier's id ({@code bar}). */
public final class VerifierRoutes {

	public static final String LIST = "/verifiers";

	/** The verifier's page: its purpose, a button to start a request, what it learned, what it rejected. */
	public static final String PAGE = "/verifiers/{id}";

	/** Starts a transaction (POST). */
	public static final String START = "/verifiers/{id}/transactions";

	/** One transaction: the request as a link and a QR code, then its outcome. */
	public static final String TRANSACTION = "/verifiers/{id}/transactions/{tx}";

	/** A transaction's outcome alone, polled by its page while a wallet on another device answers. */
	public static final String TRANSACTION_STATUS = "/verifiers/{id}/transactions/{tx}/status";

	/**
	 * Where a wallet fetches a signed transaction's request object (OpenID4VP 1.0 §5.10, the
	 * {@code request_uri}); {@code {state}} is the transaction's state.
	 */
	public static final String REQUEST_OBJECT = "/verifiers/{id}/request-objects/{state}";

	/** The response URI of {@code direct_post} and {@code direct_post.jwt} (OpenID4VP 1.0 §8.2, §8.3.1). */
	public static final String RESPONSE = "/verifiers/{id}/response";

	private VerifierRoutes() {}

	public static String of(String route, String verifierId) {
		return route.replace("{id}", verifierId);
	}

	public static String requestObject(String verifierId, String state) {
		return of(REQUEST_OBJECT, verifierId).replace("{state}", state);
	}

	public static String transaction(String verifierId, long transactionId) {
		return of(TRANSACTION, verifierId).replace("{tx}", String.valueOf(transactionId));
	}
}
