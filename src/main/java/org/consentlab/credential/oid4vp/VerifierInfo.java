package org.consentlab.credential.oid4vp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One entry of {@code verifier_info} (OpenID4VP 1.0 §5.1): attestation {@code data} about the
 * verifier in a named {@code format}, optionally bound to some credential queries.
 */
public record VerifierInfo(String format, Map<String, Object> data, List<String> credentialIds) {

	public VerifierInfo {
		Objects.requireNonNull(format, Oid4vp.FORMAT);
		data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
		credentialIds = List.copyOf(credentialIds);
	}

	static VerifierInfo read(JsonMembers json) {
		return new VerifierInfo(
				json.string(Oid4vp.FORMAT),
				json.object(Oid4vp.DATA).asMap(),
				json.optionalStrings(Oid4vp.CREDENTIAL_IDS).orElse(List.of()));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Oid4vp.FORMAT, format);
		map.put(Oid4vp.DATA, data);
		if (!credentialIds.isEmpty()) {
			map.put(Oid4vp.CREDENTIAL_IDS, credentialIds);
		}
		return map;
	}
}
