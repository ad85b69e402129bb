package org.consentlab.verifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * Builds a verifier's OpenID4VP 1.0 authorization request, passed by value (§5): response type
 * {@code vp_token}, {@code direct_post} to the response URI (§8.2), a {@code redirect_uri:} client
 * id (§5.9.3), the transaction's nonce and state, a DCQL query (§6) whose claim sets make the
 * optional claims optional (§6.4), and {@code verifier_info} (§5.1) with the verifier's registration.
 */
final class AuthorizationRequest {

	/** The custom URL scheme wallets register for OpenID4VP (§13.1). */
	static final String SCHEME = "openid4vp://";

	/** The id of the one credential query; the vp_token carries the presentation under it (§8.1). */
	static final String CREDENTIAL_QUERY_ID = "pid";

	private AuthorizationRequest() {
	}

	static Map<String, String> parameters(VerifierProfile profile, Transaction tx, String responseUri, String name,
			String purpose) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("response_type", "vp_token");
		p.put("response_mode", "direct_post");
		p.put("client_id", tx.clientId());
		p.put("response_uri", responseUri);
		p.put("nonce", tx.nonce());
		p.put("state", tx.state());
		p.put("dcql_query", Json.write(dcql(profile)));
		Map<String, Object> registration = new LinkedHashMap<>();
		registration.put("name", name);
		registration.put("purpose", purpose);
		registration.put("registered_claims", profile.needed().stream().map(List::of).toList());
		p.put("verifier_info", Json.write(List.of(Map.of("format", "consentlab_registration", "data", registration))));
		return p;
	}

	static Map<String, Object> dcql(VerifierProfile profile) {
		List<Map<String, Object>> claims = new ArrayList<>();
		List<String> requiredIds = new ArrayList<>();
		List<String> allIds = new ArrayList<>();
		for (String claim : profile.required()) {
			claims.add(Map.of("id", claim, "path", List.of(claim)));
			requiredIds.add(claim);
			allIds.add(claim);
		}
		for (String claim : profile.optional()) {
			claims.add(Map.of("id", claim, "path", List.of(claim)));
			allIds.add(claim);
		}
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("id", CREDENTIAL_QUERY_ID);
		query.put("format", SdJwtVc.TYPE);
		query.put("meta", Map.of("vct_values", List.of(profile.vct())));
		query.put("claims", claims);
		if (!profile.optional().isEmpty()) {
			query.put("claim_sets", List.of(allIds, requiredIds));
		}
		return Map.of("credentials", List.of(query));
	}

	/** The request as a query string, for a link to a wallet. */
	static String query(Map<String, String> parameters) {
		return parameters.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
