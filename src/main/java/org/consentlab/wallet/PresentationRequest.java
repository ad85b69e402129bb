package org.consentlab.wallet;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * An OpenID4VP 1.0 authorization request passed by value (§5): {@code response_type=vp_token},
 * {@code response_mode=direct_post} to a {@code response_uri} (§8.2), a {@code client_id} with the
 * {@code redirect_uri:} prefix (§5.9.3, so it must equal the response URI and the request is
 * unsigned), {@code nonce}, {@code state}, a {@code dcql_query} (§6) with one credential query, and
 * {@code verifier_info} (§5.1) carrying the verifier's registration: its name, its purpose and the
 * claims it is registered to ask for. In the EU framework a registrar signs that registration; here
 * it is unsigned, which the consent screen says.
 */
public record PresentationRequest(Map<String, String> parameters, String clientId, String responseUri, String nonce,
		String state, DcqlCredentialQuery query, String verifierName, String purpose, List<String> registeredClaims) {

	/** The parameters this wallet reads; the consent form sends them back unchanged. */
	static final List<String> PARAMETERS = List.of("client_id", "response_type", "response_mode", "response_uri",
			"nonce", "state", "dcql_query", "verifier_info");

	static final String CLIENT_ID_PREFIX = "redirect_uri:";

	private static final int MAX_PARAMETER = 8 * 1024;

	/** Parses and checks a request; a failure names the parameter at fault. */
	static PresentationRequest parse(Map<String, String> all) {
		Map<String, String> p = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String value = all.get(name);
			if (value == null || value.isEmpty() || value.length() > MAX_PARAMETER) {
				throw new InvalidRequest(name);
			}
			p.put(name, value);
		}
		require(p, "response_type", "vp_token".equals(p.get("response_type")));
		require(p, "response_mode", "direct_post".equals(p.get("response_mode")));
		require(p, "response_uri", isHttpUrl(p.get("response_uri")));
		require(p, "client_id", p.get("client_id").equals(CLIENT_ID_PREFIX + p.get("response_uri")));
		Map<String, Object> registration = registration(p.get("verifier_info"));
		Object name = registration.get("name");
		Object purpose = registration.get("purpose");
		Object claims = registration.get("registered_claims");
		require(p, "verifier_info", name instanceof String && purpose instanceof String && claims instanceof List);
		List<String> registered = new ArrayList<>();
		for (Object path : (List<?>) claims) {
			registered.add(DcqlCredentialQuery.pathText(path).orElseThrow(() -> new InvalidRequest("verifier_info")));
		}
		DcqlCredentialQuery query = DcqlCredentialQuery.parse(object(p.get("dcql_query"), "dcql_query"));
		require(p, "dcql_query", query.format().equals(SdJwtVc.TYPE));
		return new PresentationRequest(Map.copyOf(p), p.get("client_id"), p.get("response_uri"), p.get("nonce"),
				p.get("state"), query, (String) name, (String) purpose, List.copyOf(registered));
	}

	/** The requested claims the verifier is not registered to ask for: over-asking. */
	public List<String> overAsked() {
		return query.claims().stream().map(DcqlCredentialQuery.Claim::path)
			.filter(path -> !registeredClaims.contains(path)).toList();
	}

	private static Map<String, Object> registration(String verifierInfo) {
		List<Object> infos;
		try {
			infos = Json.parseArray(verifierInfo, 6, VerificationErrorCode.MALFORMED_SD_JWT);
		}
		catch (MalformedCredentialException ex) {
			throw new InvalidRequest("verifier_info");
		}
		for (Object info : infos) {
			if (info instanceof Map && "consentlab_registration".equals(((Map<?, ?>) info).get("format"))
					&& ((Map<?, ?>) info).get("data") instanceof Map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> data = (Map<String, Object>) ((Map<?, ?>) info).get("data");
				return data;
			}
		}
		throw new InvalidRequest("verifier_info");
	}

	private static Map<String, Object> object(String json, String name) {
		try {
			return Json.parseObject(json, 8, VerificationErrorCode.MALFORMED_SD_JWT);
		}
		catch (MalformedCredentialException ex) {
			throw new InvalidRequest(name);
		}
	}

	private static void require(Map<String, String> p, String name, boolean ok) {
		if (!ok) {
			throw new InvalidRequest(name);
		}
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getRawAuthority() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The request is not one this wallet can answer; {@code parameter} names the culprit. */
	static final class InvalidRequest extends RuntimeException {

		final String parameter;

		InvalidRequest(String parameter) {
			super(parameter);
			this.parameter = parameter;
		}

	}
}
