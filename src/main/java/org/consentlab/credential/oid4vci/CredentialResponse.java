package org.consentlab.credential.oid4vci;

import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * An immediate credential response (OpenID4VCI 1.0 §8.3): the issued credentials, each as
 * {@code {"credential": ...}}, here SD-JWT VCs in their compact serialization (Appendix A.3.4).
 */
public record CredentialResponse(List<String> credentials) {

	private static final int MAX_LENGTH = 256 * 1024;

	public CredentialResponse {
		credentials = List.copyOf(credentials);
		if (credentials.isEmpty() || credentials.size() > CredentialRequest.MAX_PROOFS) {
			throw new IllegalArgumentException("1 to " + CredentialRequest.MAX_PROOFS + " credentials");
		}
	}

	public static CredentialResponse parse(String json) {
		JsonMembers response =
				JsonMembers.parse(json, MAX_LENGTH, 3, OAuthError.INVALID_REQUEST, "credential response");
		List<JsonMembers> each = response.objects(Oid4vci.CREDENTIALS);
		if (each.size() > CredentialRequest.MAX_PROOFS) {
			throw response.fault(Oid4vci.CREDENTIALS, "holds more than " + CredentialRequest.MAX_PROOFS);
		}
		return new CredentialResponse(
				each.stream().map(c -> c.string(Oid4vci.CREDENTIAL)).toList());
	}

	public String toJson() {
		return Json.write(Map.of(
				Oid4vci.CREDENTIALS,
				credentials.stream().map(c -> Map.of(Oid4vci.CREDENTIAL, c)).toList()));
	}
}
