package org.consentlab.credential.oid4vci;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * A Credential Offer (OpenID4VCI 1.0 §4.1.1) with the pre-authorised code grant, the only flow this
 * app runs (§3.5): which issuer, which credential configurations, the one-time code, and what the
 * offer says of the transaction code ({@code null} when the holder need type none).
 */
public record CredentialOffer(
		String credentialIssuer, List<String> credentialConfigurationIds, String preAuthorizedCode, TxCode txCode) {

	/** Offers are passed by value in a URL; nothing longer is read. */
	public static final int MAX_LENGTH = 8 * 1024;

	private static final int MAX_DEPTH = 5;

	public CredentialOffer {
		if (!Uris.isIssuerIdentifier(credentialIssuer)) {
			throw new IllegalArgumentException("credential_issuer is an https or http URL without query or fragment");
		}
		credentialConfigurationIds = List.copyOf(credentialConfigurationIds);
		if (credentialConfigurationIds.isEmpty()) {
			throw new IllegalArgumentException("credential_configuration_ids is non-empty");
		}
		Objects.requireNonNull(preAuthorizedCode, "pre-authorized_code");
	}

	/** The first configuration offered, the one this app's wallet asks for. */
	public String credentialConfigurationId() {
		return credentialConfigurationIds.get(0);
	}

	/** Parses the JSON of the {@code credential_offer} parameter (§4.1.1). */
	public static CredentialOffer parse(String json) {
		JsonMembers offer =
				JsonMembers.parse(json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, Oid4vci.CREDENTIAL_OFFER);
		String issuer = offer.string(Oid4vci.CREDENTIAL_ISSUER);
		if (!Uris.isIssuerIdentifier(issuer)) {
			throw offer.fault(Oid4vci.CREDENTIAL_ISSUER, "is not an https or http URL without query or fragment");
		}
		List<String> ids = offer.strings(Oid4vci.CREDENTIAL_CONFIGURATION_IDS);
		JsonMembers grant = offer.object(Oid4vci.GRANTS)
				.optionalObject(Oid4vci.PRE_AUTHORIZED_CODE_GRANT)
				.orElseThrow(() -> offer.fault(Oid4vci.GRANTS, "has no pre-authorised code grant"));
		String code = grant.string(Oid4vci.PRE_AUTHORIZED_CODE);
		TxCode txCode = grant.optionalObject(Oid4vci.TX_CODE).map(TxCode::read).orElse(null);
		return new CredentialOffer(issuer, ids, code, txCode);
	}

	public String toJson() {
		Map<String, Object> grant = new LinkedHashMap<>();
		grant.put(Oid4vci.PRE_AUTHORIZED_CODE, preAuthorizedCode);
		if (txCode != null) {
			grant.put(Oid4vci.TX_CODE, txCode.toMap());
		}
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put(Oid4vci.CREDENTIAL_ISSUER, credentialIssuer);
		offer.put(Oid4vci.CREDENTIAL_CONFIGURATION_IDS, credentialConfigurationIds);
		offer.put(Oid4vci.GRANTS, Map.of(Oid4vci.PRE_AUTHORIZED_CODE_GRANT, grant));
		return Json.write(offer);
	}

	/** The offer passed by value to a wallet's credential offer endpoint (§4.1), or to the custom scheme. */
	public String toOfferUri(String endpoint) {
		return endpoint + "?" + Oid4vci.CREDENTIAL_OFFER + "=" + URLEncoder.encode(toJson(), StandardCharsets.UTF_8);
	}

	/** Checks that {@code value} is a non-empty parameter no longer than {@code max}. */
	static String parameter(Map<String, String> form, String name, int max) {
		String value = form.get(name);
		if (value == null || value.isEmpty()) {
			throw MalformedMessageException.invalid(name, "is missing");
		}
		if (value.length() > max) {
			throw MalformedMessageException.invalid(name, "is longer than " + max + " characters");
		}
		return value;
	}

	/** URL checks of this specification. */
	static final class Uris {

		private Uris() {}

		/** §12.2.1: a credential issuer identifier is a URL with a host and no query or fragment. */
		static boolean isIssuerIdentifier(String text) {
			return isHttpUrl(text)
					&& URI.create(text).getRawQuery() == null
					&& URI.create(text).getRawFragment() == null;
		}

		static boolean isHttpUrl(String text) {
			if (text == null) {
				return false;
			}
			try {
				URI uri = URI.create(text);
				return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
						&& uri.getRawAuthority() != null;
			} catch (IllegalArgumentException ex) {
				return false;
			}
		}
	}
}
