package org.consentlab.credential.oid4vci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/** A successful token response (OpenID4VCI 1.0 §6.2, RFC 6749 §5.1): a Bearer access token and its lifetime. */
public record TokenResponse(String accessToken, long expiresIn) {

	private static final int MAX_LENGTH = 4 * 1024;

	public TokenResponse {
		Objects.requireNonNull(accessToken, Oid4vci.ACCESS_TOKEN);
		if (expiresIn < 1) {
			throw new IllegalArgumentException("expires_in is positive");
		}
	}

	public static TokenResponse parse(String json) {
		JsonMembers response = JsonMembers.parse(json, MAX_LENGTH, 2, OAuthError.INVALID_REQUEST, "token response");
		String type = response.string(Oid4vci.TOKEN_TYPE);
		if (!Oid4vci.BEARER.equalsIgnoreCase(type)) {
			throw response.fault(Oid4vci.TOKEN_TYPE, "is not Bearer");
		}
		return new TokenResponse(
				response.string(Oid4vci.ACCESS_TOKEN),
				response.optionalInteger(Oid4vci.EXPIRES_IN, 1, Integer.MAX_VALUE)
						.orElseThrow(() -> response.fault(Oid4vci.EXPIRES_IN, "is missing")));
	}

	public String toJson() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(Oid4vci.ACCESS_TOKEN, accessToken);
		body.put(Oid4vci.TOKEN_TYPE, Oid4vci.BEARER);
		body.put(Oid4vci.EXPIRES_IN, expiresIn);
		return Json.write(body);
	}
}
