package org.consentlab.verifier;

import java.time.Instant;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.web.ProtocolEndpoint;
import org.consentlab.web.ProtocolException;
import org.consentlab.web.ProtocolRouter;
import org.consentlab.web.ProtocolRoutes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifiers' request URI endpoint (OpenID4VP 1.0 §5.10): serves a signed transaction's request
 * object as {@code application/oauth-authz-req+jwt}, by GET or by POST with an optional
 * {@code wallet_nonce} that the object then echoes (§5.10.1). Only while the transaction waits for
 * its answer: a decided, expired or unsigned one has no request object (404).
 */
@RestController
@ProtocolEndpoint
class RequestObjectEndpoint implements ProtocolRoutes {

	/** The longest wallet nonce echoed. */
	static final int MAX_WALLET_NONCE = 256;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final SignedRequests signed;

	RequestObjectEndpoint(Verifiers verifiers, VerifierTransactions transactions, SignedRequests signed) {
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.signed = signed;
	}

	/** The same handlers for the app's own wallet and the inspector ({@link org.consentlab.web.Loopback}). */
	@Override
	public void register(ProtocolRouter router) {
		router.get(VerifierRoutes.REQUEST_OBJECT, call -> get(call.path("id"), call.path("state")));
		router.post(
				VerifierRoutes.REQUEST_OBJECT,
				MediaType.APPLICATION_FORM_URLENCODED,
				call -> post(call.path("id"), call.path("state"), call.parameter(Oid4vp.WALLET_NONCE)));
	}

	@GetMapping(VerifierRoutes.REQUEST_OBJECT)
	ResponseEntity<String> get(@PathVariable String id, @PathVariable String state) {
		return serve(id, state, null);
	}

	@PostMapping(path = VerifierRoutes.REQUEST_OBJECT, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> post(
			@PathVariable String id,
			@PathVariable String state,
			@RequestParam(name = Oid4vp.WALLET_NONCE, required = false) String walletNonce) {
		if (walletNonce != null && (walletNonce.isEmpty() || walletNonce.length() > MAX_WALLET_NONCE)) {
			throw ProtocolException.invalidRequest(
					Oid4vp.WALLET_NONCE + " is empty or longer than " + MAX_WALLET_NONCE);
		}
		return serve(id, state, walletNonce);
	}

	private ResponseEntity<String> serve(String id, String state, String walletNonce) {
		VerifierProfile profile = verifiers.find(id).orElseThrow(RequestObjectEndpoint::notFound);
		Transaction tx = transactions
				.byState(id, state)
				.filter(found -> found.mode() == RequestMode.SIGNED)
				.filter(found -> found.status() == Transaction.Status.REQUESTED)
				.filter(found ->
						found.createdAt().plus(VerifierTransactions.LIFETIME).isAfter(Instant.now()))
				.orElseThrow(RequestObjectEndpoint::notFound);
		String object = signed.requestObject(profile, tx, walletNonce).orElseThrow(RequestObjectEndpoint::notFound);
		return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.parseMediaType(Oid4vp.REQUEST_OBJECT_MEDIA_TYPE))
				.body(object);
	}

	private static ProtocolException notFound() {
		return new ProtocolException(
				HttpStatus.NOT_FOUND, OAuthError.INVALID_REQUEST, "no request waits at this " + Oid4vp.REQUEST_URI);
	}
}
