package org.consentlab.credential.oid4vci;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The issuer's authorization server metadata (RFC 8414 §2, with OpenID4VCI 1.0 §12.3's
 * {@code pre-authorized_grant_anonymous_access_supported}): where the token endpoint is and which
 * grants it takes.
 */
public record AuthorizationServerMetadata(
		String issuer,
		String tokenEndpoint,
		List<String> grantTypesSupported,
		boolean preAuthorizedGrantAnonymousAccessSupported) {

	private static final int MAX_LENGTH = 16 * 1024;

	public AuthorizationServerMetadata {
		Objects.requireNonNull(issuer, Oid4vci.ISSUER);
		Objects.requireNonNull(tokenEndpoint, Oid4vci.TOKEN_ENDPOINT);
		grantTypesSupported = List.copyOf(grantTypesSupported);
	}

	public static AuthorizationServerMetadata parse(String json) {
		JsonMembers metadata =
				JsonMembers.parse(json, MAX_LENGTH, 3, OAuthError.INVALID_REQUEST, "authorization server metadata");
		return new AuthorizationServerMetadata(
				metadata.string(Oid4vci.ISSUER),
				metadata.string(Oid4vci.TOKEN_ENDPOINT),
				metadata.optionalStrings(Oid4vci.GRANT_TYPES_SUPPORTED).orElse(List.of()),
				metadata.optionalBoolean(Oid4vci.PRE_AUTHORIZED_GRANT_ANONYMOUS_ACCESS_SUPPORTED)
						.orElse(false));
	}

	public String toJson() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(Oid4vci.ISSUER, issuer);
		metadata.put(Oid4vci.TOKEN_ENDPOINT, tokenEndpoint);
		if (!grantTypesSupported.isEmpty()) {
			metadata.put(Oid4vci.GRANT_TYPES_SUPPORTED, grantTypesSupported);
		}
		metadata.put(
				Oid4vci.PRE_AUTHORIZED_GRANT_ANONYMOUS_ACCESS_SUPPORTED, preAuthorizedGrantAnonymousAccessSupported);
		return Json.write(metadata);
	}
}
