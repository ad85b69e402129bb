package org.consentlab.credential.oid4vp;

import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The verifier's answer to a direct post (OpenID4VP 1.0 §8.2): 200 with an optional
 * {@code redirect_uri} the wallet sends the holder to ({@code null} when there is none).
 */
public record DirectPostResponse(String redirectUri) {

	private static final int MAX_LENGTH = 4 * 1024;

	public static DirectPostResponse parse(String json) {
		return new DirectPostResponse(
				JsonMembers.parse(json, MAX_LENGTH, 1, OAuthError.INVALID_REQUEST, "direct post response")
						.optionalString(Oid4vp.REDIRECT_URI)
						.orElse(null));
	}

	public String toJson() {
		return Json.write(redirectUri == null ? Map.of() : Map.of(Oid4vp.REDIRECT_URI, redirectUri));
	}
}
