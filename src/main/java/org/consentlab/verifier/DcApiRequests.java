package org.consentlab.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.DcApiRequest;
import org.consentlab.credential.oid4vp.DcApiResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.secrets.PrivateKeySealer;
import org.consentlab.trust.AccessCredentials;
import org.consentlab.trust.ClassroomTrust;
import org.consentlab.web.Loopback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verifier's requests through the W3C Digital Credentials API (OpenID4VP 1.0 Appendix A), the
 * third way to reach a wallet beside the link and the QR code. Each transaction gets a request
 * signed with the verifier's access certificate ({@code x509_hash:}, §5.9.3), its registration in
 * {@code verifier_info}, the verifier's origin in {@code expected_origins} and an ephemeral P-256
 * key for a {@code dc_api.jwt} answer. The answer comes back through the page that asked; it is
 * read only from a page at that origin, decrypted with that key (then forgotten), and its
 * presentation must name {@code origin:<origin>} as audience (A.4) and the transaction's nonce.
 */
@Service
class DcApiRequests {

	private final VerifierTransactions transactions;

	private final VerifyPresentation verify;

	private final ClassroomTrust trust;

	private final PrivateKeySealer sealer;

	private final JdbcClient jdbc;

	private final Loopback loopback;

	DcApiRequests(
			VerifierTransactions transactions,
			VerifyPresentation verify,
			ClassroomTrust trust,
			PrivateKeySealer sealer,
			JdbcClient jdbc,
			Loopback loopback) {
		this.transactions = transactions;
		this.verify = verify;
		this.trust = trust;
		this.sealer = sealer;
		this.jdbc = jdbc;
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
		String origin = origin();
		Transaction tx = transactions.start(profile.id(), accountId, DcApiRequest.audience(origin));
		ECKey key;
		try {
			key = new ECKeyGenerator(Curve.P_256)
					.keyUse(KeyUse.ENCRYPTION)
					.algorithm(JWEAlgorithm.ECDH_ES)
					.keyIDFromThumbprint(true)
					.generate();
		} catch (JOSEException ex) {
			throw new IllegalStateException("P-256 key generation is always available", ex);
		}
		jdbc.sql("INSERT INTO VERIFIER_DC_API_REQUEST (TRANSACTION_ID, EXPECTED_ORIGIN, PUBLIC_KEY, PRIVATE_KEY) "
						+ "VALUES (?, ?, ?, ?)")
				.params(tx.id(), origin, key.toPublicJWK().toJSONString(), sealer.seal(key.toJSONString(), context(tx)))
				.update();
		return tx;
	}

	/** The request of a DC API transaction as the page hands it to the browser; empty for any other. */
	Optional<Signed> request(VerifierProfile profile, Transaction tx) {
		return row(tx).map(row -> {
			AccessCredentials access = trust.accessCredentials(profile.id())
					.orElseThrow(() -> new IllegalStateException(profile.id() + " is not registered"));
			DcApiRequest request = new DcApiRequest(
					tx.nonce(),
					AuthorizationRequest.dcql(profile),
					new ClientMetadata(row.publicKey(), ClientMetadata.SUPPORTED),
					List.of(row.expectedOrigin()),
					trust.signedRegistration(profile.id()).map(RegistrationCertificate::toVerifierInfo).stream()
							.toList());
			String signed = request.sign(access.key(), access.chain());
			return new Signed(signed, DcApiRequest.digitalRequest(signed), row.expectedOrigin());
		});
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
		Row row = row(tx).orElseThrow(() -> refusal(DcApiRefusal.Reason.NOT_A_DC_API_REQUEST, "no DC API request"));
		if (tx.status() != Transaction.Status.REQUESTED || row.privateKey() == null) {
			transactions.logRejection(tx, List.of(TransactionError.TRANSACTION_USED));
			throw refusal(DcApiRefusal.Reason.TRANSACTION_USED, "already answered");
		}
		if (tx.createdAt().plus(VerifierTransactions.LIFETIME).isBefore(Instant.now())) {
			decided(tx, Transaction.Status.EXPIRED, List.of(TransactionError.TRANSACTION_EXPIRED));
			throw refusal(DcApiRefusal.Reason.TRANSACTION_EXPIRED, "expired");
		}
		// Appendix A.2: plain string comparison, without any processing of either side.
		if (origin == null || !origin.equals(row.expectedOrigin())) {
			throw refusal(DcApiRefusal.Reason.ORIGIN_NOT_EXPECTED, String.valueOf(origin));
		}
		if (!Oid4vp.DC_API_SIGNED.equals(protocol)) {
			throw refusal(DcApiRefusal.Reason.PROTOCOL_NOT_REQUESTED, String.valueOf(protocol));
		}
		DcApiResponse.Answer answer;
		try {
			answer = DcApiResponse.read(data, privateKey(tx, row));
		} catch (DcApiResponse.RefusedAnswerException ex) {
			throw refusal(DcApiRefusal.Reason.valueOf(ex.failure().name()), ex.getMessage());
		}
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
			forgetKey(tx);
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

	private void decided(Transaction tx, Transaction.Status status, List<RejectionCode> codes) {
		transactions.decide(tx, status, null, codes);
		forgetKey(tx);
	}

	/** An ephemeral key serves one answer; once read, the verifier has no use for it. */
	private void forgetKey(Transaction tx) {
		jdbc.sql("UPDATE VERIFIER_DC_API_REQUEST SET PRIVATE_KEY = NULL WHERE TRANSACTION_ID = ?")
				.param(tx.id())
				.update();
	}

	private ECKey privateKey(Transaction tx, Row row) {
		try {
			return ECKey.parse(sealer.open(row.privateKey(), context(tx)));
		} catch (ParseException ex) {
			throw new IllegalStateException("a stored DC API key does not read back", ex);
		}
	}

	private record Row(String expectedOrigin, ECKey publicKey, String privateKey) {}

	private Optional<Row> row(Transaction tx) {
		return jdbc.sql("SELECT EXPECTED_ORIGIN, PUBLIC_KEY, PRIVATE_KEY FROM VERIFIER_DC_API_REQUEST "
						+ "WHERE TRANSACTION_ID = ?")
				.param(tx.id())
				.query((rs, n) -> {
					try {
						return new Row(rs.getString(1), ECKey.parse(rs.getString(2)), rs.getString(3));
					} catch (ParseException ex) {
						throw new IllegalStateException("a stored DC API key does not read back", ex);
					}
				})
				.optional();
	}

	private static String context(Transaction tx) {
		return "VERIFIER_DC_API_REQUEST/" + tx.id();
	}

	private static DcApiRefusal refusal(DcApiRefusal.Reason reason, String detail) {
		return new DcApiRefusal(reason, detail);
	}
}
