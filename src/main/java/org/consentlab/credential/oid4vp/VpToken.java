package org.consentlab.credential.oid4vp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The {@code vp_token} (OpenID4VP 1.0 §8.1): a JSON object whose members are the ids of the DCQL
 * credential queries answered, each with one or more presentations (here SD-JWT+KB compact strings).
 */
public record VpToken(Map<String, List<String>> presentations) {

	/** The longest vp_token read. */
	public static final int MAX_LENGTH = 48 * 1024;

	public VpToken {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		presentations.forEach((id, each) -> copy.put(id, List.copyOf(each)));
		if (copy.isEmpty() || copy.values().stream().anyMatch(List::isEmpty)) {
			throw new IllegalArgumentException("one or more credential query ids, each with a presentation");
		}
		presentations = Collections.unmodifiableMap(copy);
	}

	/** A vp_token answering one credential query with one presentation. */
	public static VpToken of(String credentialQueryId, String presentation) {
		return new VpToken(Map.of(credentialQueryId, List.of(presentation)));
	}

	public static VpToken parse(String json) {
		JsonMembers token = JsonMembers.parse(json, MAX_LENGTH, 2, OAuthError.INVALID_REQUEST, Oid4vp.VP_TOKEN);
		Map<String, List<String>> presentations = new LinkedHashMap<>();
		for (String id : token.asMap().keySet()) {
			presentations.put(id, token.strings(id));
		}
		if (presentations.isEmpty()) {
			throw token.fault(Oid4vp.VP_TOKEN, "answers no credential query");
		}
		return new VpToken(presentations);
	}

	public String toJson() {
		return Json.write(presentations);
	}
}
