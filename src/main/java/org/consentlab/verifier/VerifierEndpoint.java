package org.consentlab.verifier;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.DirectPostResponse;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.web.Loopback;
import org.consentlab.web.ProtocolEndpoint;
import org.consentlab.web.ProtocolException;
import org.consentlab.web.ProtocolRouter;
import org.consentlab.web.ProtocolRoutes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifiers' response endpoint for {@code direct_post} (OpenID4VP 1.0 §8.2) and
 * {@code direct_post.jwt} (§8.3.1): finds the transaction by {@code state}, or by the key an
 * encrypted answer names; refuses a signed transaction's answer in plain text, one encrypted to
 * another key, and answers to used or expired transactions (all logged); records a holder's refusal
 * ({@code error=access_denied}, §8.5), and verifies a {@code vp_token} (§8.1).
 * A verified response gets 200 with a {@code redirect_uri} to the verifier's page.
 */
@RestController
@ProtocolEndpoint
class VerifierEndpoint implements ProtocolRoutes {

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	private final VerifyAnswer verify;

	private final Loopback loopback;

	private final ResponseKeys keys;

	VerifierEndpoint(
			Verifiers verifiers,
			VerifierTransactions transactions,
			VerifyAnswer verify,
			Loopback loopback,
			ResponseKeys keys) {
		this.keys = keys;
		this.verifiers = verifiers;
		this.transactions = transactions;
		this.verify = verify;
		this.loopback = loopback;
	}

	/** The same handler for the app's own wallet and the inspector ({@link Loopback}). */
	@Override
	public void register(ProtocolRouter router) {
		router.post(
				VerifierRoutes.RESPONSE,
				MediaType.APPLICATION_FORM_URLENCODED,
				call -> response(
						call.path("id"),
						call.parameter(Oid4vp.STATE),
						call.parameter(Oid4vp.VP_TOKEN),
						call.parameter(OAuthError.ERROR),
						call.parameter(Oid4vp.RESPONSE)));
	}

	@PostMapping(path = VerifierRoutes.RESPONSE, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> response(
			@PathVariable String id,
			@RequestParam(name = Oid4vp.STATE, required = false) String state,
			@RequestParam(name = Oid4vp.VP_TOKEN, required = false) String vpToken,
			@RequestParam(name = OAuthError.ERROR, required = false) String error,
			@RequestParam(name = Oid4vp.RESPONSE, required = false) String response) {
		VerifierProfile profile = verifiers
				.find(id)
				.orElseThrow(() ->
						new ProtocolException(HttpStatus.NOT_FOUND, OAuthError.INVALID_REQUEST, "no such verifier"));
		if (response != null) {
			return encrypted(profile, response);
		}
		if (state == null) {
			throw ProtocolException.invalidRequest("state is missing");
		}
		Transaction tx = transactions
				.byState(id, state)
				.orElseThrow(() -> ProtocolException.invalidRequest("no transaction has this state"));
		open(tx);
		// §8.3.1: a wallet that cannot encrypt may still send its refusal in plain text
		if (error != null) {
			transactions.decide(tx, Transaction.Status.DECLINED, null, List.of());
			return ok(new DirectPostResponse(null));
		}
		if (tx.mode() == RequestMode.SIGNED) {
			throw refuse(tx, TransactionError.RESPONSE_NOT_ENCRYPTED);
		}
		return answer(profile, tx, vpToken);
	}

	/**
	 * A {@code direct_post.jwt} answer (§8.3.1): the JWE's {@code kid} names the transaction's key
	 * (§8.3); it must decrypt with that key and carry the transaction's {@code state}.
	 */
	private ResponseEntity<String> encrypted(VerifierProfile profile, String response) {
		String kid;
		try {
			kid = response.length() > EncryptedResponse.MAX_LENGTH
					? null
					: JWEObject.parse(response).getHeader().getKeyID();
		} catch (ParseException ex) {
			kid = null;
		}
		if (kid == null) {
			throw ProtocolException.invalidRequest(Oid4vp.RESPONSE + " is not a JWE naming the key of a request");
		}
		Transaction tx = transactions
				.byResponseKey(profile.id(), kid)
				.orElseThrow(() -> ProtocolException.invalidRequest("no transaction has this key"));
		if (DcApiRequests.expectedOrigin(tx).isPresent()) {
			// Appendix A.2: its answer is read only from a page at the origin it names, never here
			throw ProtocolException.invalidRequest("this request is answered through the browser that asked");
		}
		open(tx);
		ECKey key = keys.privateKey(tx).orElseThrow(() -> refuse(tx, TransactionError.TRANSACTION_USED));
		JsonMembers payload;
		try {
			payload = EncryptedResponse.decrypt(response, key);
		} catch (MalformedMessageException ex) {
			throw refuse(tx, TransactionError.RESPONSE_NOT_DECRYPTABLE);
		}
		AuthorizationResponse answer;
		try {
			answer = RequestObject.readResponse(payload);
		} catch (MalformedMessageException | IllegalArgumentException ex) {
			throw refuse(tx, TransactionError.VP_TOKEN_MALFORMED);
		}
		if (!tx.state().equals(answer.state())) {
			throw refuse(tx, TransactionError.STATE_MISMATCH);
		}
		if (answer.error() != null) {
			transactions.decide(tx, Transaction.Status.DECLINED, null, List.of());
			return ok(new DirectPostResponse(null));
		}
		return answer(profile, tx, answer.vpToken().toJson());
	}

	/** Refuses answers to a decided or expired transaction, logging why. */
	private void open(Transaction tx) {
		if (tx.status() != Transaction.Status.REQUESTED) {
			transactions.logRejection(tx, List.of(TransactionError.TRANSACTION_USED));
			throw ProtocolException.invalidRequest("this transaction has already received a response");
		}
		if (tx.createdAt().plus(VerifierTransactions.LIFETIME).isBefore(Instant.now())) {
			transactions.decide(tx, Transaction.Status.EXPIRED, null, List.of(TransactionError.TRANSACTION_EXPIRED));
			throw ProtocolException.invalidRequest("this transaction has expired");
		}
	}

	/** Decides {@code tx} as rejected for {@code code}, and the refusal to throw. */
	private ProtocolException refuse(Transaction tx, TransactionError code) {
		transactions.decide(tx, Transaction.Status.REJECTED, null, List.of(code));
		return ProtocolException.invalidRequest("the response was rejected: " + code.name());
	}

	private ResponseEntity<String> answer(VerifierProfile profile, Transaction tx, String vpToken) {
		Verdict verdict = verify.verify(profile, tx, vpToken);
		if (!(verdict instanceof Verdict.Accepted accepted)) {
			List<RejectionCode> codes = ((Verdict.Rejected) verdict).codes();
			transactions.decide(tx, Transaction.Status.REJECTED, null, codes);
			throw ProtocolException.invalidRequest("the presentation was rejected: "
					+ String.join(", ", codes.stream().map(RejectionCode::name).toList()));
		}
		if (!transactions.accept(
				tx, LearnedClaims.json(accepted.claims()), accepted.presentation(), accepted.handles())) {
			throw ProtocolException.invalidRequest("this transaction has already received a response");
		}
		return ok(new DirectPostResponse(loopback.publicUrl(VerifierRoutes.transaction(profile.id(), tx.id()))));
	}

	private static ResponseEntity<String> ok(DirectPostResponse body) {
		return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(body.toJson());
	}
}
