package org.consentlab.credential.jose;

import java.util.List;
import java.util.Map;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * JSON for credentials: strict parsing with {@link JsonParser}, which bounds the nesting depth as
 * it descends, and writing with {@link JsonWriter}.
 */
public final class Json {

	private Json() {}

	/** Parses a JSON object, or throws {@link MalformedCredentialException} with {@code malformed} or {@code JSON_TOO_DEEP}. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> parseObject(String text, int maxDepth, VerificationErrorCode malformed) {
		if (JsonParser.parse(text, maxDepth, malformed) instanceof Map<?, ?> object) {
			return (Map<String, Object>) object;
		}
		throw new MalformedCredentialException(malformed, "not a JSON object");
	}

	/** Parses a JSON array, or throws {@link MalformedCredentialException} with {@code malformed} or {@code JSON_TOO_DEEP}. */
	@SuppressWarnings("unchecked")
	public static List<Object> parseArray(String text, int maxDepth, VerificationErrorCode malformed) {
		if (JsonParser.parse(text, maxDepth, malformed) instanceof List<?> array) {
			return (List<Object>) array;
		}
		throw new MalformedCredentialException(malformed, "not a JSON array");
	}

	/** Writes a value in the style of the RFC 9901 examples; see {@link JsonWriter}. */
	public static String write(Object value) {
		return JsonWriter.write(value);
	}
}
