package org.consentlab.credential.status;

import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.TokenStatusList;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Referenced Token's pointer into a Status List (Token Status List §6.1, §6.2):
 * {@code "status": {"status_list": {"idx": 0, "uri": "https://..."}}}.
 *
 * @param idx the index of the token's status in the list
 * @param uri the URI of the Status List Token
 */
public record StatusReference(long idx, String uri) {

	public StatusReference {
		if (idx < 0) {
			throw new IllegalArgumentException("idx must not be negative");
		}
		Objects.requireNonNull(uri, "uri");
	}

	/** Reads the value of a {@code status} claim; a wrong shape is {@code STATUS_MALFORMED}. */
	public static StatusReference fromStatusClaim(Object status) {
		if (status instanceof Map<?, ?> claim
				&& claim.get(TokenStatusList.STATUS_LIST) instanceof Map<?, ?> list
				&& list.get(TokenStatusList.IDX) instanceof Long idx
				&& idx >= 0
				&& list.get(TokenStatusList.URI) instanceof String uri) {
			return new StatusReference(idx, uri);
		}
		throw new MalformedCredentialException(
				VerificationErrorCode.STATUS_MALFORMED, "not {\"status_list\": {\"idx\": n, \"uri\": \"...\"}}");
	}

	/** The value of the {@code status} claim pointing here. */
	public Map<String, Object> toStatusClaim() {
		return Map.of(
				TokenStatusList.STATUS_LIST, Map.of(TokenStatusList.IDX, this.idx, TokenStatusList.URI, this.uri));
	}
}
