package org.consentlab.wallet;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Credential Offer (OpenID4VCI 1.0 §4.1.1) with the pre-authorised code grant: which issuer,
 * which credential configuration, the one-time code, and whether the issuer sent a transaction code
 * by another channel that the holder must type in ({@code tx_code}; null when none).
 */
record CredentialOffer(String credentialIssuer, String configurationId, String preAuthorizedCode, TxCode txCode) {

	static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	private static final int MAX_LENGTH = 8 * 1024;

	/** What the offer says of the transaction code: digits only or any text, how long, and a hint. */
	record TxCode(boolean numeric, int length, String description) {

		/** Whether {@code code} has the announced form; the issuer alone knows whether it is right. */
		boolean accepts(String code) {
			return code != null && !code.isEmpty() && code.length() <= 64 && (length == 0 || code.length() == length)
					&& (!numeric || code.chars().allMatch(Character::isDigit));
		}
	}

	/** Parses the {@code credential_offer} JSON; null when it is not a usable offer. */
	static CredentialOffer parse(String json) {
		if (json == null || json.length() > MAX_LENGTH) {
			return null;
		}
		try {
			Map<String, Object> offer = Json.parseObject(json, 6, VerificationErrorCode.MALFORMED_SD_JWT);
			Object issuer = offer.get("credential_issuer");
			Object ids = offer.get("credential_configuration_ids");
			Object grants = offer.get("grants");
			Object grant = (grants instanceof Map) ? ((Map<?, ?>) grants).get(PRE_AUTHORIZED_GRANT) : null;
			Object code = (grant instanceof Map) ? ((Map<?, ?>) grant).get("pre-authorized_code") : null;
			if (!(issuer instanceof String) || !(ids instanceof List) || ((List<?>) ids).isEmpty()
					|| !(((List<?>) ids).get(0) instanceof String) || !(code instanceof String)
					|| !isHttpUrl((String) issuer)) {
				return null;
			}
			Object txCode = ((Map<?, ?>) grant).get("tx_code");
			if (txCode != null && !(txCode instanceof Map)) {
				return null;
			}
			return new CredentialOffer((String) issuer, (String) ((List<?>) ids).get(0), (String) code,
					txCode == null ? null : txCode((Map<?, ?>) txCode));
		}
		catch (MalformedCredentialException ex) {
			return null;
		}
	}

	private static TxCode txCode(Map<?, ?> txCode) {
		Object mode = txCode.get("input_mode");
		Object length = txCode.get("length");
		Object description = txCode.get("description");
		int digits = (length instanceof Number) ? Math.max(0, Math.min(64, ((Number) length).intValue())) : 0;
		return new TxCode(!"text".equals(mode), digits,
				(description instanceof String) ? ((String) description).substring(0, Math.min(300, ((String) description).length())) : "");
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getRawAuthority() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
