package org.consentlab.wallet;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Credential Offer (OpenID4VCI 1.0 §4.1.1) with the pre-authorised code grant: which issuer,
 * which credential configuration, and the one-time code. Transaction codes ({@code tx_code}) are
 * not supported by this wallet.
 */
record CredentialOffer(String credentialIssuer, String configurationId, String preAuthorizedCode) {

	static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	private static final int MAX_LENGTH = 8 * 1024;

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
					|| ((Map<?, ?>) grant).containsKey("tx_code") || !isHttpUrl((String) issuer)) {
				return null;
			}
			return new CredentialOffer((String) issuer, (String) ((List<?>) ids).get(0), (String) code);
		}
		catch (MalformedCredentialException ex) {
			return null;
		}
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
