package org.consentlab.verifier;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consentlab.credential.oid4vp.DcApiRequest;
import org.consentlab.credential.oid4vp.DcApiResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verifier's requests through the W3C Digital Credentials API (OpenID4VP 1.0 Appendix A), the
 * third way to reach a wallet beside the link and the QR code. Each transaction's client identifier
 * is {@code origin:<origin>}, the audience its presentation must name (A.4), and it gets the
 * transaction key of {@link ResponseKeys} for a {@code dc_api.jwt} answer; its request is signed as
 * every signed request is ({@link SignedRequests#sign}: access certificate, registration in
 * {@code verifier_info}), with that origin in {@code expected_origins}. The answer comes back
 * through the page that asked; it is read only from a page at that origin, decrypted with that key
 * (erased once the transaction is decided), and its presentation must name the origin and the
 * transaction's nonce.
 */
@Service
class DcApiRequests {

	private final VerifierTransactions transactions;

	private final VerifyPresentation verify;

	private final SignedRequests signed;

	private final ResponseKeys keys;

	private final Loopback loopback;

	DcApiRequests(
			VerifierTransactions transactions,
			VerifyPresentation verify,
			SignedRequests signed,
			ResponseKeys keys,
			Loopback loopback) {
		this.transactions = transactions;
		this.verify = verify;
		this.signed = signed;
		this.keys = keys;
		this.loopback = loopback;
	}

	/**
	 * The verifier's origin, as a browser serialises it: that of the public URL, never of the Host a
	 * request came in with, or anyone could have the verifier sign a request for their own site.
	 */
	String origin() {
		URI base = URI.create(loopback.publicUrl("/"));
		int port = base.getPort();
		boolean defaultPort = port == -1
				|| ("https".equals(base.getScheme()) && port == 443)
				|| ("http".equals(base.getScheme()) && port == 80);
		return base.getScheme() + "://" + base.getHost() + (defaultPort ? "" : ":" + port);
	}

	/** A new transaction whose presentation must name the origin as audience, with its ephemeral key. */
	@Transactional
	Transaction start(VerifierProfile profile, long accountId) {
		Transaction tx = transactions.start(profile.id(), accountId, DcApiRequest.audience(origin()));
		keys.create(tx);
		return tx;
	}

	/**
	 * The origin a DC API transaction's request names, read from its client identifier
	 * ({@code origin:<origin>}, A.4); empty for a transaction asked for by link.
	 */
	static Optional<String> expectedOrigin(Transaction tx) {
		return tx.clientId().startsWith(Oid4vp.ORIGIN_PREFIX)
				? Optional.of(tx.clientId().substring(Oid4vp.ORIGIN_PREFIX.length()))
				: Optional.empty();
	}

	/** The request of a DC API transaction as the page hands it to the browser; empty for any other. */
	Optional<Signed> request(VerifierProfile profile, Transaction tx) {
		return expectedOrigin(tx)
				.flatMap(origin -> signed.sign(
								profile,
								tx,
								parts -> new DcApiRequest(
												tx.nonce(),
												AuthorizationRequest.dcql(profile),
												parts.metadata(),
												List.of(origin),
												parts.verifierInfo())
										.toClaims())
						.map(object -> new Signed(object, DcApiRequest.digitalRequest(object), origin)));
	}

	/**
	 * @param requestObject the signed request object (JWS Compact Serialization)
	 * @param digitalRequest the entry of {@code digital.requests} that carries it, as JSON
	 * @param expectedOrigin the one origin the request may be used from
	 */
	record Signed(String requestObject, String digitalRequest, String expectedOrigin) {}

	/**
	 * Reads the answer the page posted: {@code origin} is the Origin of the post, {@code protocol}
	 * and {@code data} those of the {@code DigitalCredential}. Returns the transaction's new status
	 * (verified or declined).
	 *
	 * @throws DcApiRefusal naming the first check that failed
	 */
	Transaction.Status answer(VerifierProfile profile, Transaction tx, String origin, String protocol, String data) {
		DcApiResponse.Answer answer = open(tx, origin, protocol, data);
		if (answer instanceof DcApiResponse.Refused) {
			decided(tx, Transaction.Status.DECLINED, List.of());
			return Transaction.Status.DECLINED;
		}
		List<String> presentations = ((DcApiResponse.Presented) answer)
				.vpToken()
				.presentations()
				.get(AuthorizationRequest.CREDENTIAL_QUERY_ID);
		Verdict verdict = presentations == null || presentations.size() != 1
				? Verdict.Rejected.of(TransactionError.VP_TOKEN_MALFORMED)
				: verify.verify(profile, tx, presentations.get(0));
		if (verdict instanceof Verdict.Accepted accepted
				&& transactions.accept(
						tx, LearnedClaims.json(accepted.claims()), accepted.presentation(), accepted.handles())) {
			return Transaction.Status.VERIFIED;
		}
		List<RejectionCode> codes = verdict instanceof Verdict.Rejected rejected
				? rejected.codes()
				: List.of(TransactionError.TRANSACTION_USED);
		decided(tx, Transaction.Status.REJECTED, codes);
		throw refusal(
				DcApiRefusal.Reason.PRESENTATION_REJECTED,
				String.join(", ", codes.stream().map(RejectionCode::name).toList()));
	}

	/**
	 * The checks before any presentation is looked at: a DC API transaction still open, an answer
	 * posted from the origin the request names (compared as plain strings, Appendix A.2), under the
	 * protocol asked for (A.1), encrypted to this request's key (§8.3).
	 */
	private DcApiResponse.Answer open(Transaction tx, String origin, String protocol, String data) {
		String expected = expectedOrigin(tx)
				.orElseThrow(() -> refusal(DcApiRefusal.Reason.NOT_A_DC_API_REQUEST, "no DC API request"));
		Optional<ECKey> key = keys.privateKey(tx);
		if (tx.status() != Transaction.Status.REQUESTED || key.isEmpty()) {
			transactions.logRejection(tx, List.of(TransactionError.TRANSACTION_USED));
			throw refusal(DcApiRefusal.Reason.TRANSACTION_USED, "already answered");
		}
		if (tx.createdAt().plus(VerifierTransactions.LIFETIME).isBefore(Instant.now())) {
			decided(tx, Transaction.Status.EXPIRED, List.of(TransactionError.TRANSACTION_EXPIRED));
			throw refusal(DcApiRefusal.Reason.TRANSACTION_EXPIRED, "expired");
		}
		if (origin == null || !origin.equals(expected)) {
			throw refusal(DcApiRefusal.Reason.ORIGIN_NOT_EXPECTED, String.valueOf(origin));
		}
		if (!Oid4vp.DC_API_SIGNED.equals(protocol)) {
			throw refusal(DcApiRefusal.Reason.PROTOCOL_NOT_REQUESTED, String.valueOf(protocol));
		}
		try {
			return DcApiResponse.read(data, key.get());
		} catch (DcApiResponse.RefusedAnswerException ex) {
			throw refusal(reason(ex.failure()), ex.getMessage());
		}
	}

	private static DcApiRefusal.Reason reason(DcApiResponse.Failure failure) {
		return switch (failure) {
			case MALFORMED -> DcApiRefusal.Reason.MALFORMED;
			case NOT_ENCRYPTED -> DcApiRefusal.Reason.NOT_ENCRYPTED;
			case UNSUPPORTED_ENCRYPTION -> DcApiRefusal.Reason.UNSUPPORTED_ENCRYPTION;
			case WRONG_KEY -> DcApiRefusal.Reason.WRONG_KEY;
		};
	}

	/** Decides {@code tx}; the decision erases its private key (§8.3: one key, one answer). */
	private void decided(Transaction tx, Transaction.Status status, List<RejectionCode> codes) {
		transactions.decide(tx, status, null, codes);
	}

	private static DcApiRefusal refusal(DcApiRefusal.Reason reason, String detail) {
		return new DcApiRefusal(reason, detail);
	}
}
