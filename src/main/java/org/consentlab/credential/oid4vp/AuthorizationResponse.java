package org.consentlab.credential.oid4vp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The wallet's authorization response sent with {@code response_mode=direct_post} (OpenID4VP 1.0
 * §8.2), form-encoded to the response URI: the request's {@code state} and either a
 * {@code vp_token} (§8.1) or an {@code error} (§8.5, e.g. {@code access_denied} when the holder
 * refused).
 */
public record AuthorizationResponse(String state, VpToken vpToken, OAuthError error) {

	public AuthorizationResponse {
		Objects.requireNonNull(state, Oid4vp.STATE);
		if ((vpToken == null) == (error == null)) {
			throw new IllegalArgumentException("either a vp_token or an error");
		}
	}

	public static AuthorizationResponse presenting(String state, VpToken vpToken) {
		return new AuthorizationResponse(state, vpToken, null);
	}

	public static AuthorizationResponse refusing(String state, OAuthError error) {
		return new AuthorizationResponse(state, null, error);
	}

	public static AuthorizationResponse parse(Map<String, String> form) {
		String state = form.get(Oid4vp.STATE);
		if (state == null || state.isEmpty() || state.length() > AuthorizationRequest.MAX_PARAMETER) {
			throw MalformedMessageException.invalid(Oid4vp.STATE, "is missing or too long");
		}
		String error = form.get(OAuthError.ERROR);
		if (error != null) {
			return refusing(
					state,
					OAuthError.of(error)
							.orElseThrow(() -> MalformedMessageException.invalid(
									OAuthError.ERROR, "is not a registered error code")));
		}
		String token = form.get(Oid4vp.VP_TOKEN);
		if (token == null) {
			throw MalformedMessageException.invalid(Oid4vp.VP_TOKEN, "is missing");
		}
		return presenting(state, VpToken.parse(token));
	}

	public Map<String, String> toParameters() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put(Oid4vp.STATE, state);
		if (vpToken != null) {
			form.put(Oid4vp.VP_TOKEN, vpToken.toJson());
		} else {
			form.put(OAuthError.ERROR, error.code());
		}
		return form;
	}

	/** The {@code application/x-www-form-urlencoded} body. */
	public String toForm() {
		return toParameters().entrySet().stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}
}
