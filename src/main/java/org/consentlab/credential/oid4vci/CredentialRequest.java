package org.consentlab.credential.oid4vci;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * A credential request (OpenID4VCI 1.0 §8.2): the credential configuration asked for and the key
 * proofs, as {@code proofs.jwt} (§8.2.1, Appendix F.1). One proof per credential: several ask for
 * a batch.
 */
public record CredentialRequest(String credentialConfigurationId, List<String> jwtProofs) {

	/** The most proofs read, whatever an issuer's batch size. */
	public static final int MAX_PROOFS = 20;

	private static final int MAX_LENGTH = 64 * 1024;

	private static final int MAX_DEPTH = 4;

	public CredentialRequest {
		Objects.requireNonNull(credentialConfigurationId, Oid4vci.CREDENTIAL_CONFIGURATION_ID);
		jwtProofs = List.copyOf(jwtProofs);
		if (jwtProofs.isEmpty() || jwtProofs.size() > MAX_PROOFS) {
			throw new IllegalArgumentException("1 to " + MAX_PROOFS + " proofs");
		}
	}

	/**
	 * Parses the JSON body; a malformed body is {@code invalid_credential_request}, a missing or
	 * misshapen {@code proofs} {@code invalid_proof} (§8.3.1.2).
	 */
	public static CredentialRequest parse(String json) {
		JsonMembers request = JsonMembers.parse(
				json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_CREDENTIAL_REQUEST, "credential request");
		String id = request.string(Oid4vci.CREDENTIAL_CONFIGURATION_ID);
		JsonMembers proofs =
				JsonMembers.of(request.object(Oid4vci.PROOFS).asMap(), OAuthError.INVALID_PROOF, Oid4vci.PROOFS);
		List<String> jwts = proofs.strings(Oid4vci.PROOF_TYPE_JWT);
		if (jwts.size() > MAX_PROOFS) {
			throw proofs.fault(Oid4vci.PROOF_TYPE_JWT, "holds more than " + MAX_PROOFS + " proofs");
		}
		return new CredentialRequest(id, jwts);
	}

	public String toJson() {
		return Json.write(Map.of(
				Oid4vci.CREDENTIAL_CONFIGURATION_ID,
				credentialConfigurationId,
				Oid4vci.PROOFS,
				Map.of(Oid4vci.PROOF_TYPE_JWT, jwtProofs)));
	}
}
