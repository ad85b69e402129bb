package org.consentlab.credential.oid4vp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One entry of {@code verifier_info} (OpenID4VP 1.0 §5.1): attestation {@code data} about the
 * verifier in a named {@code format}, optionally bound to some credential queries. The data is "an
 * object or string": a JSON object, or a string such as a signed JWT.
 */
public record VerifierInfo(String format, Object data, List<String> credentialIds) {

	@SuppressWarnings("unchecked")
	public VerifierInfo {
		Objects.requireNonNull(format, Oid4vp.FORMAT);
		if (data instanceof Map<?, ?> map) {
			data = Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, Object>) map));
		} else if (!(data instanceof String)) {
			throw new IllegalArgumentException("verifier_info data is an object or a string");
		}
		credentialIds = List.copyOf(credentialIds);
	}

	/** The data when it is a JSON object. */
	@SuppressWarnings("unchecked")
	public Optional<Map<String, Object>> object() {
		return data instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
	}

	/** The data when it is a string, such as a signed registration certificate. */
	public Optional<String> text() {
		return data instanceof String text ? Optional.of(text) : Optional.empty();
	}

	static VerifierInfo read(JsonMembers json) {
		Object data = json.asMap().get(Oid4vp.DATA) instanceof String
				? json.string(Oid4vp.DATA)
				: json.object(Oid4vp.DATA).asMap();
		return new VerifierInfo(
				json.string(Oid4vp.FORMAT),
				data,
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
