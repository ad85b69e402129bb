package org.consentlab.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vci.CredentialRequest;
import org.consentlab.credential.oid4vci.Oid4vci;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.status.StatusReference;
import org.consentlab.web.ProtocolException;
import org.springframework.stereotype.Component;

/**
 * The credential endpoint's logic (OpenID4VCI 1.0 §8): checks the access token, the credential
 * configuration and the key proofs ({@code openid4vci-proof+jwt}, Appendix F.1: signed by the key in
 * its {@code jwk} header, {@code aud} the issuer, {@code nonce} a live c_nonce used once), then signs
 * one SD-JWT VC per proof, bound to that proof's key ({@code cnf.jwk}, RFC 9901 §4.1.2), each with a
 * {@code status} reference to a fresh random index of the issuer's status list (Token Status List
 * §6.1), and the {@code vct#integrity} of the type's published Type Metadata (SD-JWT VC draft 15
 * §6), so a wallet can tell the labels it fetches are the ones the issuer signed for. Several
 * proofs ask for a batch (OpenID4VCI §8.2): one-time credentials with different keys, salts,
 * indices and signatures, and an {@code iat} rounded to the day so that it does not link them. An
 * access token is good for one credential request that gets as far as issuing (so at most one batch
 * per token); a request the issuer will not serve, because the learner holds their cap of status
 * entries or no list has room, is {@code credential_request_denied} (§8.3.1.2).
 */
@Component
class IssueCredential {

	private static final Duration PROOF_MAX_AGE = Duration.ofMinutes(5);

	private static final Duration VALIDITY = Duration.ofDays(365);

	private final IssuerGrants grants;

	private final IssuerKeys keys;

	private final Accounts accounts;

	private final StatusLists statusLists;

	private final Issuers issuers;

	private final IssuerTypeMetadata typeMetadata;

	IssueCredential(
			IssuerGrants grants,
			IssuerKeys keys,
			Accounts accounts,
			StatusLists statusLists,
			Issuers issuers,
			IssuerTypeMetadata typeMetadata) {
		this.typeMetadata = typeMetadata;
		this.grants = grants;
		this.keys = keys;
		this.accounts = accounts;
		this.statusLists = statusLists;
		this.issuers = issuers;
	}

	/** Issues one credential per key proof for the holder of {@code accessToken}; refusals are {@link ProtocolException}s. */
	List<SdJwt> issue(String issuerId, String issuerIdentifier, String accessToken, String body) {
		Account learner = grants.holder(IssuerGrants.Kind.ACCESS_TOKEN, issuerId, accessToken)
				.flatMap(accounts::byId)
				.orElseThrow(() ->
						new ProtocolException(OAuthError.INVALID_TOKEN, "the access token is unknown or expired"));
		CredentialRequest request = CredentialRequest.parse(body);
		CredentialType type = issuers.type(issuerId, request.credentialConfigurationId())
				.orElseThrow(() -> new ProtocolException(
						OAuthError.UNKNOWN_CREDENTIAL_CONFIGURATION,
						"this issuer issues "
								+ issuers.types(issuerId).stream()
										.map(CredentialType::configurationId)
										.toList()));
		if (request.jwtProofs().size() > type.batchSize()) {
			throw invalidProof("send 1 to " + type.batchSize() + " proofs as proofs.jwt");
		}
		List<JWK> holderKeys = checkProofs(request.jwtProofs(), type, issuerIdentifier);
		if (!grants.consume(IssuerGrants.Kind.ACCESS_TOKEN, issuerId, accessToken)) {
			throw new ProtocolException(OAuthError.INVALID_TOKEN, "the access token was used already");
		}
		Map<String, Object> claims = new LinkedHashMap<>(type.claims(learner));
		Instant iat = Instant.now().truncatedTo(ChronoUnit.DAYS);
		Instant exp = iat.plus(VALIDITY);
		List<StatusLists.Allocation> entries = allocate(type, learner.id(), holderKeys.size(), exp);
		JWK signingKey = keys.signingKey(issuerId);
		List<SdJwt> issued = new ArrayList<>();
		for (int i = 0; i < holderKeys.size(); i++) {
			JWK holderKey = holderKeys.get(i);
			StatusLists.Allocation entry = entries.get(i);
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put(SdJwtVc.ISS, issuerIdentifier);
			payload.put(SdJwtVc.VCT, type.vct());
			payload.put(SdJwtVc.VCT_INTEGRITY, typeMetadata.integrity(type).toString());
			payload.put(SdJwtVc.IAT, iat.getEpochSecond());
			payload.put(SdJwtVc.EXP, exp.getEpochSecond());
			payload.put(
					SdJwtVc.STATUS,
					new StatusReference(entry.idx(), issuers.statusListUrl(type, entry.list())).toStatusClaim());
			payload.putAll(claims);
			SdJwtIssuer issuer = SdJwtIssuer.builder(signingKey).decoys(2).build();
			issued.add(issuer.issue(payload, type.disclosable(claims), holderKey));
		}
		return issued;
	}

	private List<StatusLists.Allocation> allocate(CredentialType type, long accountId, int count, Instant exp) {
		try {
			return statusLists.allocate(type.issuerId(), accountId, type.configurationId(), count, exp);
		} catch (StatusLists.Exhausted ex) {
			throw new ProtocolException(
					OAuthError.CREDENTIAL_REQUEST_DENIED,
					switch (ex.reason) {
						case LEARNER_CAP ->
							"you hold " + StatusLists.PER_LEARNER
									+ " credentials of this issuer that have not expired: no more are issued to you";
						case NO_INDEX_LEFT -> "the issuer's status lists are full: it cannot issue now";
					});
		}
	}

	/** Every proof must hold a different key and the same live c_nonce, which the batch then uses up. */
	private List<JWK> checkProofs(List<String> proofs, CredentialType type, String issuerIdentifier) {
		List<JWK> keys = new ArrayList<>();
		Set<String> thumbprints = new HashSet<>();
		String nonce = null;
		for (String proof : proofs) {
			Map.Entry<JWK, String> checked = checkProof(proof, issuerIdentifier);
			if (nonce != null && !nonce.equals(checked.getValue())) {
				throw invalidProof("every proof of a batch carries the same " + Oid4vci.C_NONCE);
			}
			nonce = checked.getValue();
			if (!thumbprints.add(thumbprint(checked.getKey()))) {
				throw invalidProof("every proof of a batch needs its own key");
			}
			keys.add(checked.getKey());
		}
		if (nonce == null || !grants.consume(IssuerGrants.Kind.C_NONCE, type.issuerId(), nonce)) {
			throw new ProtocolException(
					OAuthError.INVALID_NONCE,
					"the nonce is unknown, used or expired: get a fresh one from the nonce endpoint");
		}
		return keys;
	}

	private static String thumbprint(JWK key) {
		try {
			return key.computeThumbprint().toString();
		} catch (JOSEException ex) {
			throw invalidProof("the jwk header cannot be hashed");
		}
	}

	/** The proof's public key and its nonce, once its type, key, signature, audience and age are right. */
	private static Map.Entry<JWK, String> checkProof(String proof, String issuerIdentifier) {
		try {
			SignedJWT jwt = SignedJWT.parse(proof);
			if (jwt.getHeader().getType() == null
					|| !Oid4vci.PROOF_JWT_TYP.equals(jwt.getHeader().getType().getType())) {
				throw invalidProof("typ must be " + Oid4vci.PROOF_JWT_TYP);
			}
			JWK jwk = jwt.getHeader().getJWK();
			if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
					|| !(jwk instanceof ECKey)
					|| !Curve.P_256.equals(((ECKey) jwk).getCurve())
					|| jwk.isPrivate()) {
				throw invalidProof("sign with ES256 and put the public P-256 key in the jwk header");
			}
			if (!jwt.verify(new ECDSAVerifier((ECKey) jwk))) {
				throw invalidProof("the signature does not verify with the jwk header");
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			if (claims.getAudience() == null || !claims.getAudience().equals(List.of(issuerIdentifier))) {
				throw invalidProof("aud must be the credential issuer identifier " + issuerIdentifier);
			}
			Instant iat =
					claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
			if (iat == null || Duration.between(iat, Instant.now()).abs().compareTo(PROOF_MAX_AGE) > 0) {
				throw invalidProof("iat is missing or too far from now");
			}
			String nonce = claims.getStringClaim(Oid4vci.NONCE);
			if (nonce == null) {
				throw new ProtocolException(
						OAuthError.INVALID_NONCE, "the proof has no nonce: get a fresh one from the nonce endpoint");
			}
			return Map.entry(jwk.toPublicJWK(), nonce);
		} catch (ParseException | JOSEException ex) {
			throw invalidProof("the proof is not a signed JWT");
		}
	}

	private static ProtocolException invalidProof(String description) {
		return new ProtocolException(OAuthError.INVALID_PROOF, description);
	}
}
