package org.consentlab.credential.oid4vci;

import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/** The nonce endpoint's response (OpenID4VCI 1.0 §7.2): a fresh {@code c_nonce} for the key proofs. */
public record NonceResponse(String cNonce) {

	private static final int MAX_LENGTH = 2 * 1024;

	public NonceResponse {
		Objects.requireNonNull(cNonce, Oid4vci.C_NONCE);
	}

	public static NonceResponse parse(String json) {
		return new NonceResponse(JsonMembers.parse(json, MAX_LENGTH, 1, OAuthError.INVALID_REQUEST, "nonce response")
				.string(Oid4vci.C_NONCE));
	}

	public String toJson() {
		return Json.write(Map.of(Oid4vci.C_NONCE, cNonce));
	}
}
