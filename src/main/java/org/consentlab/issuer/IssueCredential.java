package org.consentlab.issuer;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.status.StatusReference;
import org.consentlab.web.ProtocolException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The credential endpoint's logic (OpenID4VCI 1.0 §8): checks the access token, the credential
 * configuration and the key proof ({@code openid4vci-proof+jwt}, Appendix F.1: signed by the key in
 * its {@code jwk} header, {@code aud} the issuer, {@code nonce} a live c_nonce used once), then signs
 * an SD-JWT VC bound to that key ({@code cnf.jwk}, RFC 9901 §4.1.2), with a {@code status}
 * reference to a fresh random index of the issuer's status list (Token Status List §6.1).
 */
@Component
class IssueCredential {

	static final String PROOF_TYPE = "openid4vci-proof+jwt";

	private static final Duration PROOF_MAX_AGE = Duration.ofMinutes(5);

	private static final Duration VALIDITY = Duration.ofDays(365);

	private final IssuerGrants grants;

	private final IssuerKeys keys;

	private final Accounts accounts;

	private final StatusLists statusLists;

	IssueCredential(IssuerGrants grants, IssuerKeys keys, Accounts accounts, StatusLists statusLists) {
		this.grants = grants;
		this.keys = keys;
		this.accounts = accounts;
		this.statusLists = statusLists;
	}

	/** Issues one credential for the holder of {@code accessToken}; refusals are {@link ProtocolException}s. */
	SdJwt issue(CredentialType type, String issuerIdentifier, String statusUri, String accessToken, String body) {
		Account learner = grants.holder(IssuerGrants.Kind.ACCESS_TOKEN, type.issuerId(), accessToken)
			.flatMap(accounts::byId)
			.orElseThrow(() -> new ProtocolException(HttpStatus.UNAUTHORIZED, "invalid_token",
					"the access token is unknown or expired"));
		Map<String, Object> request = parse(body);
		if (!type.configurationId().equals(request.get("credential_configuration_id"))) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "unknown_credential_configuration",
					"this issuer issues " + type.configurationId());
		}
		JWK holderKey = checkProof(onlyProof(request), type, issuerIdentifier);
		Map<String, Object> claims = new LinkedHashMap<>(type.claims(learner));
		Instant now = Instant.now();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(SdJwtVc.ISS, issuerIdentifier);
		payload.put(SdJwtVc.VCT, type.vct());
		payload.put(SdJwtVc.IAT, now.getEpochSecond());
		payload.put(SdJwtVc.EXP, now.plus(VALIDITY).getEpochSecond());
		int idx = statusLists.allocate(type.issuerId(), learner.id());
		payload.put(SdJwtVc.STATUS, new StatusReference(idx, statusUri).toStatusClaim());
		payload.putAll(claims);
		SdJwtIssuer issuer = SdJwtIssuer.builder(keys.signingKey(type.issuerId())).decoys(2).build();
		return issuer.issue(payload, type.disclosable(claims), holderKey);
	}

	private static Map<String, Object> parse(String body) {
		try {
			return Json.parseObject(body == null ? "" : body, 8, VerificationErrorCode.MALFORMED_SD_JWT);
		}
		catch (MalformedCredentialException ex) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_credential_request",
					"the body is not a JSON object");
		}
	}

	private static String onlyProof(Map<String, Object> request) {
		Object proofs = request.get("proofs");
		Object jwts = (proofs instanceof Map) ? ((Map<?, ?>) proofs).get("jwt") : null;
		if (!(jwts instanceof List) || ((List<?>) jwts).size() != 1 || !(((List<?>) jwts).get(0) instanceof String)) {
			throw new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_proof",
					"send exactly one proof as proofs.jwt: [\"<JWT>\"]");
		}
		return (String) ((List<?>) jwts).get(0);
	}

	private JWK checkProof(String proof, CredentialType type, String issuerIdentifier) {
		try {
			SignedJWT jwt = SignedJWT.parse(proof);
			if (jwt.getHeader().getType() == null || !PROOF_TYPE.equals(jwt.getHeader().getType().getType())) {
				throw invalidProof("typ must be " + PROOF_TYPE);
			}
			JWK jwk = jwt.getHeader().getJWK();
			if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !(jwk instanceof ECKey)
					|| !Curve.P_256.equals(((ECKey) jwk).getCurve()) || jwk.isPrivate()) {
				throw invalidProof("sign with ES256 and put the public P-256 key in the jwk header");
			}
			if (!jwt.verify(new ECDSAVerifier((ECKey) jwk))) {
				throw invalidProof("the signature does not verify with the jwk header");
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			if (claims.getAudience() == null || !claims.getAudience().equals(List.of(issuerIdentifier))) {
				throw invalidProof("aud must be the credential issuer identifier " + issuerIdentifier);
			}
			Instant iat = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
			if (iat == null || Duration.between(iat, Instant.now()).abs().compareTo(PROOF_MAX_AGE) > 0) {
				throw invalidProof("iat is missing or too far from now");
			}
			String nonce = claims.getStringClaim("nonce");
			if (nonce == null || !grants.consume(IssuerGrants.Kind.C_NONCE, type.issuerId(), nonce)) {
				throw new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_nonce",
						"the nonce is unknown, used or expired: get a fresh one from the nonce endpoint");
			}
			return jwk.toPublicJWK();
		}
		catch (ParseException | JOSEException ex) {
			throw invalidProof("the proof is not a signed JWT");
		}
	}

	private static ProtocolException invalidProof(String description) {
		return new ProtocolException(HttpStatus.BAD_REQUEST, "invalid_proof", description);
	}
}
