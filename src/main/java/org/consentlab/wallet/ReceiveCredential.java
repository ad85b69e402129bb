package org.consentlab.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.consentlab.account.Account;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The wallet's side of the pre-authorised code flow (OpenID4VCI 1.0 §3.5): read the issuer's
 * metadata (§12.2) and its authorisation server's (RFC 8414), trade the code, with the transaction
 * code when the offer asks for one, for an access token (§6), fetch a c_nonce (§7), make a fresh
 * holder key per credential and prove possession of each ({@code openid4vci-proof+jwt}, Appendix
 * F.1), and request the credentials (§8; several at once when a batch is asked for and the issuer's
 * {@code batch_credential_issuance} allows it). Each credential is kept only when it is bound to
 * one of those keys and passes the holder's checks of the issuer's signature and digests
 * ({@link IssuerSignatureCheck}); if any fails, nothing is kept.
 */
@Component
class ReceiveCredential {

	/** The largest batch this wallet asks for, whatever an issuer allows. */
	static final int MAX_BATCH = 10;

	private final Loopback loopback;

	private final WalletCredentials credentials;

	private final IssuerSignatureCheck signatureCheck;

	ReceiveCredential(Loopback loopback, WalletCredentials credentials, IssuerSignatureCheck signatureCheck) {
		this.loopback = loopback;
		this.credentials = credentials;
		this.signatureCheck = signatureCheck;
	}

	HeldCredential receive(Account learner, CredentialOffer offer) {
		return receive(learner, offer, null, 1);
	}

	/** Runs the flow; {@code txCode} is what the holder typed (null if the offer needs none), {@code batch} how many to ask for. */
	HeldCredential receive(Account learner, CredentialOffer offer, String txCode, int batch) {
		ProtocolClient client = new ProtocolClient(loopback);
		String issuer = offer.credentialIssuer();
		Map<String, Object> metadata = client.getJson(Loopback.wellKnown(issuer, "openid-credential-issuer"));
		if (!issuer.equals(metadata.get("credential_issuer"))) {
			throw client.failure("wallet.error.metadata", "credential_issuer");
		}
		Object configurations = metadata.get("credential_configurations_supported");
		Object configuration = (configurations instanceof Map) ? ((Map<?, ?>) configurations).get(offer.configurationId()) : null;
		if (!(configuration instanceof Map) || !SdJwtVc.TYPE.equals(((Map<?, ?>) configuration).get("format"))) {
			throw client.failure("wallet.error.metadata", "credential_configurations_supported");
		}
		Object vct = ((Map<?, ?>) configuration).get("vct");
		int count = Math.max(1, Math.min(Math.min(batch, MAX_BATCH), batchSize(metadata)));
		Map<String, Object> server = client.getJson(Loopback.wellKnown(issuer, "oauth-authorization-server"));
		String form = "grant_type=" + encode(CredentialOffer.PRE_AUTHORIZED_GRANT) + "&pre-authorized_code="
				+ encode(offer.preAuthorizedCode()) + (offer.txCode() == null ? "" : "&tx_code=" + encode(String.valueOf(txCode)));
		String accessToken = client.string(client.postForm(client.string(server, "token_endpoint"), form), "access_token");
		String nonce = client.string(client.postForm(client.string(metadata, "nonce_endpoint"), ""), "c_nonce");
		List<ECKey> holderKeys = new ArrayList<>();
		List<String> proofs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ECKey holderKey = (ECKey) Jwks.generate(JWSAlgorithm.ES256);
			holderKeys.add(holderKey);
			proofs.add(proof(holderKey, issuer, nonce));
		}
		client.note("made " + count + " new holder key(s) and signed a key proof (openid4vci-proof+jwt) with each",
				String.join("\n", proofs));
		String request = Json.write(Map.of("credential_configuration_id", offer.configurationId(), "proofs",
				Map.of("jwt", proofs)));
		Map<String, Object> response = client.postJson(client.string(metadata, "credential_endpoint"), request,
				accessToken);
		List<SdJwt> issued = credentialsIn(response, count, client);
		List<String> boundKeys = new ArrayList<>();
		for (SdJwt credential : issued) {
			ECKey holderKey = boundKey(credential, holderKeys, boundKeys, client);
			List<String> refusals = signatureCheck.check(client, issuer, vct instanceof String ? (String) vct : null,
					credential);
			if (!refusals.isEmpty()) {
				client.note("checked the issuer's signature and digests: refused (" + String.join(", ", refusals) + ")", "");
				throw client.failure("wallet.error.issuer-signature", String.join(", ", refusals));
			}
			boundKeys.add(holderKey.toJSONString());
		}
		client.note("checked the issuer's signature and every disclosure's digest: all good", "");
		return credentials.addAll(learner.id(), issuer, String.valueOf(issued.get(0).payload().get(SdJwtVc.VCT)),
				issued.stream().map(SdJwt::serialize).toList(), boundKeys, client.trace());
	}

	private static int batchSize(Map<String, Object> metadata) {
		Object batch = metadata.get("batch_credential_issuance");
		Object size = (batch instanceof Map) ? ((Map<?, ?>) batch).get("batch_size") : null;
		return (size instanceof Number) ? ((Number) size).intValue() : 1;
	}

	/** The holder key the credential's {@code cnf} names: one of those just made, not used by another of the batch. */
	private static ECKey boundKey(SdJwt credential, List<ECKey> holderKeys, List<String> taken, ProtocolClient client) {
		JWK bound = credential.confirmationKey().orElse(null);
		String thumbprint = bound == null ? "" : thumbprint(bound);
		for (ECKey key : holderKeys) {
			if (!thumbprint.isEmpty() && thumbprint.equals(thumbprint(key)) && !taken.contains(key.toJSONString())) {
				return key;
			}
		}
		throw client.failure("wallet.error.not-bound", "cnf.jwk");
	}

	private static List<SdJwt> credentialsIn(Map<String, Object> response, int count, ProtocolClient client) {
		Object list = response.get("credentials");
		if (!(list instanceof List) || ((List<?>) list).isEmpty() || ((List<?>) list).size() > count) {
			throw client.failure("wallet.error.missing", "credentials[0].credential");
		}
		List<SdJwt> issued = new ArrayList<>();
		for (Object each : (List<?>) list) {
			Object text = (each instanceof Map) ? ((Map<?, ?>) each).get("credential") : null;
			if (!(text instanceof String)) {
				throw client.failure("wallet.error.missing", "credentials[" + issued.size() + "].credential");
			}
			try {
				issued.add(SdJwt.parse((String) text));
			}
			catch (MalformedCredentialException ex) {
				throw client.failure("wallet.error.malformed", ex.code().name());
			}
		}
		return issued;
	}

	private static String proof(ECKey holderKey, String issuer, String nonce) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
			.type(new JOSEObjectType("openid4vci-proof+jwt"))
			.jwk(holderKey.toPublicJWK())
			.build();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(issuer)
			.issueTime(Date.from(Instant.now()))
			.claim("nonce", nonce)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(holderKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("signing with a fresh P-256 key failed", ex);
		}
		return jwt.serialize();
	}

	private static String thumbprint(JWK key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			return "";
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
