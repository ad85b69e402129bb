package org.consentlab.inspector;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tampered request object's header and claims, decoded and pretty-printed for the learner to read
 * beside the compact form (RFC 7515 §7.1). Nothing is checked here: the wallet does that.
 *
 * @param header the JOSE header as JSON, or the undecoded segment when it is not JSON
 * @param claims the payload as JSON, likewise
 */
record RequestParts(String header, String claims) {

	static RequestParts of(String compact) {
		String[] parts = compact.split("\\.", -1);
		return new RequestParts(pretty(parts[0]), parts.length > 1 ? pretty(parts[1]) : "");
	}

	private static String pretty(String segment) {
		try {
			String json = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
			return JsonMapper.shared()
					.writerWithDefaultPrettyPrinter()
					.writeValueAsString(JsonMapper.shared().readTree(json));
		} catch (IllegalArgumentException | JacksonException ex) {
			return segment;
		}
	}
}
