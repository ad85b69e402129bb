package org.consentlab.credential.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.spec.TokenStatusList;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Status List Token in JWT format (Token Status List §5.1): {@code typ: statuslist+jwt},
 * {@code sub} (its own URI), {@code iat}, optional {@code exp} and {@code ttl}, and the
 * {@code status_list}. Parsing checks the shape; the signature is checked by whoever trusts the
 * issuer's key.
 *
 * @param jws the signed token
 * @param subject the {@code sub}, equal to the {@code uri} of references into it
 * @param issuedAt the {@code iat}
 * @param expiresAt the {@code exp}, or null
 * @param ttl the {@code ttl} in seconds, or null
 * @param statusList the list
 */
public record StatusListToken(
		ParsedJws jws, String subject, Instant issuedAt, Instant expiresAt, Long ttl, StatusList statusList) {

	public StatusListToken {
		Objects.requireNonNull(jws, "jws");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(statusList, "statusList");
	}

	/** Signs a Status List Token for {@code statusList}, published at {@code subject}. */
	public static StatusListToken issue(
			JWK issuerKey,
			String subject,
			StatusList statusList,
			Instant issuedAt,
			Instant expiresAt,
			Long ttl,
			CryptoProvider provider) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(TokenStatusList.SUB, subject);
		claims.put(TokenStatusList.IAT, issuedAt.getEpochSecond());
		if (expiresAt != null) {
			claims.put(TokenStatusList.EXP, expiresAt.getEpochSecond());
		}
		if (ttl != null) {
			claims.put(TokenStatusList.TTL, ttl);
		}
		claims.put(TokenStatusList.STATUS_LIST, statusList.toJson());
		ParsedJws jws = ParsedJws.sign(new JOSEObjectType(TokenStatusList.TYPE), claims, issuerKey, provider);
		return new StatusListToken(jws, subject, issuedAt, expiresAt, ttl, statusList);
	}

	/** Parses a Status List Token; a wrong shape is {@code STATUS_LIST_INVALID}, a zip bomb {@code STATUS_LIST_TOO_LARGE}. */
	public static StatusListToken parse(String compact, int maxDepth, int maxListBytes) {
		ParsedJws jws = ParsedJws.parse(compact, maxDepth, VerificationErrorCode.STATUS_LIST_INVALID);
		if (!TokenStatusList.TYPE.equals(jws.type())) {
			throw invalid("typ is not " + TokenStatusList.TYPE);
		}
		Map<String, Object> claims = jws.claims();
		if (!(claims.get(TokenStatusList.SUB) instanceof String sub)
				|| !(claims.get(TokenStatusList.IAT) instanceof Long iat)) {
			throw invalid("sub or iat missing");
		}
		Long ttl = optionalLong(claims, TokenStatusList.TTL);
		if (ttl != null && ttl <= 0) {
			throw invalid("ttl is not positive");
		}
		Long exp = optionalLong(claims, TokenStatusList.EXP);
		StatusList list = StatusList.fromJson(claims.get(TokenStatusList.STATUS_LIST), maxListBytes);
		return new StatusListToken(
				jws, sub, Instant.ofEpochSecond(iat), (exp != null) ? Instant.ofEpochSecond(exp) : null, ttl, list);
	}

	public String compact() {
		return this.jws.compact();
	}

	private static Long optionalLong(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null || value instanceof Long) {
			return (Long) value;
		}
		throw invalid(name + " is not an integer");
	}

	private static MalformedCredentialException invalid(String detail) {
		return new MalformedCredentialException(VerificationErrorCode.STATUS_LIST_INVALID, detail);
	}
}
