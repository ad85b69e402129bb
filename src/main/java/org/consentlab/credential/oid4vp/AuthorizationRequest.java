package org.consentlab.credential.oid4vp;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * An OpenID4VP 1.0 authorization request passed by value (§5), in the one shape this app speaks:
 * {@code response_type=vp_token}, {@code response_mode=direct_post} to a {@code response_uri}
 * (§8.2), a {@code client_id} with the {@code redirect_uri:} prefix (§5.9.3, so it equals the
 * response URI and the request is unsigned), {@code nonce}, {@code state}, a {@code dcql_query}
 * (§6) and {@code verifier_info} (§5.1).
 */
public record AuthorizationRequest(
		String responseUri, String nonce, String state, DcqlQuery dcqlQuery, List<VerifierInfo> verifierInfo) {

	/** The longest parameter read: a request travels in a URL. */
	public static final int MAX_PARAMETER = 8 * 1024;

	private static final int VERIFIER_INFO_DEPTH = 6;

	public AuthorizationRequest {
		if (!isHttpUrl(responseUri)) {
			throw new IllegalArgumentException("response_uri is an https or http URL");
		}
		Objects.requireNonNull(nonce, Oid4vp.NONCE);
		Objects.requireNonNull(state, Oid4vp.STATE);
		Objects.requireNonNull(dcqlQuery, Oid4vp.DCQL_QUERY);
		verifierInfo = List.copyOf(verifierInfo);
	}

	/** The client identifier: the response URI under the {@code redirect_uri:} prefix (§5.9.3). */
	public String clientId() {
		return Oid4vp.REDIRECT_URI_PREFIX + responseUri;
	}

	/** Reads and checks the request's parameters; a failure names the parameter at fault. */
	public static AuthorizationRequest parse(Map<String, String> parameters) {
		String responseUri = parameter(parameters, Oid4vp.RESPONSE_URI);
		require(
				Oid4vp.RESPONSE_TYPE,
				Oid4vp.VP_TOKEN.equals(parameter(parameters, Oid4vp.RESPONSE_TYPE)),
				"is not vp_token");
		require(
				Oid4vp.RESPONSE_MODE,
				Oid4vp.DIRECT_POST.equals(parameter(parameters, Oid4vp.RESPONSE_MODE)),
				"is not direct_post");
		require(Oid4vp.RESPONSE_URI, isHttpUrl(responseUri), "is not an https or http URL");
		require(
				Oid4vp.CLIENT_ID,
				parameter(parameters, Oid4vp.CLIENT_ID).equals(Oid4vp.REDIRECT_URI_PREFIX + responseUri),
				"is not redirect_uri: followed by the response_uri");
		DcqlQuery query = DcqlQuery.parse(parameter(parameters, Oid4vp.DCQL_QUERY));
		String infos = parameters.get(Oid4vp.VERIFIER_INFO);
		List<VerifierInfo> verifierInfo = infos == null
				? List.of()
				: JsonMembers.parseObjects(
								infos,
								MAX_PARAMETER,
								VERIFIER_INFO_DEPTH,
								OAuthError.INVALID_REQUEST,
								Oid4vp.VERIFIER_INFO)
						.stream()
						.map(VerifierInfo::read)
						.toList();
		return new AuthorizationRequest(
				responseUri,
				parameter(parameters, Oid4vp.NONCE),
				parameter(parameters, Oid4vp.STATE),
				query,
				verifierInfo);
	}

	/** The parameters in the order a reader expects them. */
	public Map<String, String> toParameters() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(Oid4vp.RESPONSE_TYPE, Oid4vp.VP_TOKEN);
		p.put(Oid4vp.RESPONSE_MODE, Oid4vp.DIRECT_POST);
		p.put(Oid4vp.CLIENT_ID, clientId());
		p.put(Oid4vp.RESPONSE_URI, responseUri);
		p.put(Oid4vp.NONCE, nonce);
		p.put(Oid4vp.STATE, state);
		p.put(Oid4vp.DCQL_QUERY, dcqlQuery.toJson());
		if (!verifierInfo.isEmpty()) {
			p.put(
					Oid4vp.VERIFIER_INFO,
					Json.write(verifierInfo.stream().map(VerifierInfo::toMap).toList()));
		}
		return p;
	}

	/** The request as a query string. */
	public String toQuery() {
		return toParameters().entrySet().stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	/** The request passed by value to a wallet's authorization endpoint, or to the custom scheme. */
	public String toRequestUri(String endpoint) {
		return endpoint + "?" + toQuery();
	}

	private static String parameter(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isEmpty()) {
			throw MalformedMessageException.invalid(name, "is missing");
		}
		if (value.length() > MAX_PARAMETER) {
			throw MalformedMessageException.invalid(name, "is longer than " + MAX_PARAMETER + " characters");
		}
		return value;
	}

	private static void require(String name, boolean ok, String detail) {
		if (!ok) {
			throw MalformedMessageException.invalid(name, detail);
		}
	}

	static boolean isHttpUrl(String text) {
		if (text == null) {
			return false;
		}
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getRawAuthority() != null;
		} catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
