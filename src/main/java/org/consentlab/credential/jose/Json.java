package org.consentlab.credential.jose;

import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * JSON for credentials: parsing with Nimbus's bundled Gson behind a depth limit checked first (so
 * hostile nesting never reaches a recursive parser), and writing with {@link JsonWriter}.
 */
public final class Json {

	private Json() {
	}

	/** Parses a JSON object, or throws {@link MalformedCredentialException} with {@code malformed} or {@code JSON_TOO_DEEP}. */
	public static Map<String, Object> parseObject(String text, int maxDepth, VerificationErrorCode malformed) {
		requireDepth(text, maxDepth);
		try {
			return JSONObjectUtils.parse(text);
		}
		catch (ParseException | RuntimeException ex) {
			throw new MalformedCredentialException(malformed, "not a JSON object");
		}
	}

	/** Parses a JSON array, or throws {@link MalformedCredentialException} with {@code malformed} or {@code JSON_TOO_DEEP}. */
	public static List<Object> parseArray(String text, int maxDepth, VerificationErrorCode malformed) {
		requireDepth(text, maxDepth);
		try {
			return JSONArrayUtils.parse(text);
		}
		catch (ParseException | RuntimeException ex) {
			throw new MalformedCredentialException(malformed, "not a JSON array");
		}
	}

	/** Writes a value in the style of the RFC 9901 examples; see {@link JsonWriter}. */
	public static String write(Object value) {
		return JsonWriter.write(value);
	}

	/** The deepest nesting of arrays and objects in {@code text}, counted without parsing. */
	static int depth(String text) {
		int depth = 0;
		int max = 0;
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '{' || c == '[') {
				max = Math.max(max, ++depth);
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return max;
	}

	private static void requireDepth(String text, int maxDepth) {
		if (depth(text) > maxDepth) {
			throw new MalformedCredentialException(VerificationErrorCode.JSON_TOO_DEEP, "deeper than " + maxDepth);
		}
	}

}
