package org.consentlab.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.oid4vci.AuthorizationServerMetadata;
import org.consentlab.credential.oid4vci.CredentialConfiguration;
import org.consentlab.credential.oid4vci.CredentialIssuerMetadata;
import org.consentlab.credential.oid4vci.CredentialOffer;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vci.CredentialResponse;
import org.consentlab.credential.oid4vci.NonceResponse;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.oid4vci.TokenRequest;
import org.consentlab.credential.oid4vci.TokenResponse;
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
		CredentialIssuerMetadata metadata =
				client.get(Loopback.wellKnown(issuer, Oid4vci.WELL_KNOWN_ISSUER), CredentialIssuerMetadata::parse);
		if (!issuer.equals(metadata.credentialIssuer())) {
			throw client.failure("wallet.error.metadata", Oid4vci.CREDENTIAL_ISSUER);
		}
		CredentialConfiguration configuration = metadata.configurations().get(offer.credentialConfigurationId());
		if (configuration == null || !SdJwtVc.TYPE.equals(configuration.format()) || metadata.nonceEndpoint() == null) {
			throw client.failure("wallet.error.metadata", Oid4vci.CREDENTIAL_CONFIGURATIONS_SUPPORTED);
		}
		int count = Math.max(1, Math.min(Math.min(batch, MAX_BATCH), metadata.batchSize()));
		AuthorizationServerMetadata server = client.get(
				Loopback.wellKnown(issuer, Oid4vci.WELL_KNOWN_AUTHORIZATION_SERVER),
				AuthorizationServerMetadata::parse);
		TokenRequest tokenRequest =
				new TokenRequest(offer.preAuthorizedCode(), offer.txCode() == null ? null : String.valueOf(txCode));
		String accessToken = client.postForm(server.tokenEndpoint(), tokenRequest.toForm(), TokenResponse::parse)
				.accessToken();
		String nonce = client.postForm(metadata.nonceEndpoint(), "", NonceResponse::parse)
				.cNonce();
		List<ECKey> holderKeys = new ArrayList<>();
		List<String> proofs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ECKey holderKey = (ECKey) Jwks.generate(JWSAlgorithm.ES256);
			holderKeys.add(holderKey);
			proofs.add(proof(holderKey, issuer, nonce));
		}
		client.note(
				"made " + count + " new holder key(s) and signed a key proof (" + Oid4vci.PROOF_JWT_TYP + ") with each",
				String.join("\n", proofs));
		CredentialRequest request = new CredentialRequest(offer.credentialConfigurationId(), proofs);
		CredentialResponse response = client.postJson(
				metadata.credentialEndpoint(), request.toJson(), accessToken, CredentialResponse::parse);
		List<SdJwt> issued = credentialsIn(response, count, client);
		List<String> boundKeys = new ArrayList<>();
		for (SdJwt credential : issued) {
			ECKey holderKey = boundKey(credential, holderKeys, boundKeys, client);
			List<String> refusals = signatureCheck.check(client, issuer, configuration.vct(), credential);
			if (!refusals.isEmpty()) {
				client.note(
						"checked the issuer's signature and digests: refused (" + String.join(", ", refusals) + ")",
						"");
				throw client.failure("wallet.error.issuer-signature", String.join(", ", refusals));
			}
			boundKeys.add(holderKey.toJSONString());
		}
		client.note("checked the issuer's signature and every disclosure's digest: all good", "");
		return credentials.addAll(
				learner.id(),
				issuer,
				String.valueOf(issued.get(0).payload().get(SdJwtVc.VCT)),
				issued.stream().map(SdJwt::serialize).toList(),
				boundKeys,
				client.trace(),
				offer);
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

	private static List<SdJwt> credentialsIn(CredentialResponse response, int count, ProtocolClient client) {
		if (response.credentials().size() > count) {
			throw client.failure("wallet.error.missing", Oid4vci.CREDENTIALS);
		}
		List<SdJwt> issued = new ArrayList<>();
		for (String text : response.credentials()) {
			try {
				issued.add(SdJwt.parse(text));
			} catch (MalformedCredentialException ex) {
				throw client.failure("wallet.error.malformed", ex.code().name());
			}
		}
		return issued;
	}

	private static String proof(ECKey holderKey, String issuer, String nonce) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
				.type(new JOSEObjectType(Oid4vci.PROOF_JWT_TYP))
				.jwk(holderKey.toPublicJWK())
				.build();
		JWTClaimsSet claims = new JWTClaimsSet.Builder()
				.audience(issuer)
				.issueTime(Date.from(Instant.now()))
				.claim(Oid4vci.NONCE, nonce)
				.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(holderKey));
		} catch (JOSEException ex) {
			throw new IllegalStateException("signing with a fresh P-256 key failed", ex);
		}
		return jwt.serialize();
	}

	private static String thumbprint(JWK key) {
		try {
			return key.computeThumbprint().toString();
		} catch (JOSEException ex) {
			return "";
		}
	}
}
