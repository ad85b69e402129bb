package org.consentlab.credential.oid4vci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * A token request of the pre-authorised code flow (OpenID4VCI 1.0 §6.1), form-encoded: the grant
 * type, the code from the offer, and the transaction code the holder typed ({@code null} when the
 * offer asked for none).
 */
public record TokenRequest(String preAuthorizedCode, String txCode) {

	private static final int MAX_PARAMETER = 512;

	public TokenRequest {
		Objects.requireNonNull(preAuthorizedCode, Oid4vci.PRE_AUTHORIZED_CODE);
	}

	/**
	 * Reads the form parameters; a missing parameter is {@code invalid_request}, another grant type
	 * {@code unsupported_grant_type} (RFC 6749 §5.2).
	 */
	public static TokenRequest parse(Map<String, String> form) {
		String grantType = CredentialOffer.parameter(form, Oid4vci.GRANT_TYPE, MAX_PARAMETER);
		if (!Oid4vci.PRE_AUTHORIZED_CODE_GRANT.equals(grantType)) {
			throw new MalformedMessageException(
					OAuthError.UNSUPPORTED_GRANT_TYPE, Oid4vci.GRANT_TYPE, "only " + Oid4vci.PRE_AUTHORIZED_CODE_GRANT);
		}
		String code = CredentialOffer.parameter(form, Oid4vci.PRE_AUTHORIZED_CODE, MAX_PARAMETER);
		String txCode = form.get(Oid4vci.TX_CODE);
		if (txCode != null && txCode.length() > TxCode.MAX_LENGTH) {
			throw MalformedMessageException.invalid(
					Oid4vci.TX_CODE, "is longer than " + TxCode.MAX_LENGTH + " characters");
		}
		return new TokenRequest(code, txCode == null || txCode.isEmpty() ? null : txCode);
	}

	public Map<String, String> toParameters() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put(Oid4vci.GRANT_TYPE, Oid4vci.PRE_AUTHORIZED_CODE_GRANT);
		form.put(Oid4vci.PRE_AUTHORIZED_CODE, preAuthorizedCode);
		if (txCode != null) {
			form.put(Oid4vci.TX_CODE, txCode);
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
