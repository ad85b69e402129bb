package org.consentlab.credential.jose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A strict JSON parser (RFC 8259) for the small documents of a credential: headers, payloads and
 * disclosures. Objects become {@link LinkedHashMap}s in document order, arrays {@link ArrayList}s,
 * integers that fit {@link Long}s and other numbers {@link Double}s, as Nimbus's parser gives
 * them. Unlike that parser it accepts nothing lenient (comments, single quotes, bare words,
 * {@code NaN}), refuses duplicate member names (RFC 7515 §5.2 allows a JWS to be rejected for
 * them, and two readers must not see two different values), and checks the nesting depth as it
 * descends, so recursion is bounded. One instance parses one text.
 */
final class JsonParser {

	private final String text;

	private final int maxDepth;

	private final VerificationErrorCode malformed;

	private int at;

	private JsonParser(String text, int maxDepth, VerificationErrorCode malformed) {
		this.text = text;
		this.maxDepth = maxDepth;
		this.malformed = malformed;
	}

	/** The single JSON value of {@code text}, with nothing but whitespace around it. */
	static Object parse(String text, int maxDepth, VerificationErrorCode malformed) {
		JsonParser parser = new JsonParser(text, maxDepth, malformed);
		Object value = parser.value(0);
		parser.skipWhitespace();
		if (parser.at != text.length()) {
			throw parser.error("text after the JSON value");
		}
		return value;
	}

	private Object value(int depth) {
		skipWhitespace();
		char c = peek();
		switch (c) {
			case '{':
				return object(depth + 1);
			case '[':
				return array(depth + 1);
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				if (c == '-' || (c >= '0' && c <= '9')) {
					return number();
				}
				throw error("unexpected character");
		}
	}

	private Map<String, Object> object(int depth) {
		checkDepth(depth);
		this.at++;
		Map<String, Object> object = new LinkedHashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			this.at++;
			return object;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("member name is not a string");
			}
			String name = string();
			skipWhitespace();
			expect(':');
			Object value = value(depth);
			if (object.containsKey(name)) {
				throw error("duplicate member name");
			}
			object.put(name, value);
			skipWhitespace();
			if (peek() == '}') {
				this.at++;
				return object;
			}
			expect(',');
		}
	}

	private List<Object> array(int depth) {
		checkDepth(depth);
		this.at++;
		List<Object> array = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			this.at++;
			return array;
		}
		while (true) {
			array.add(value(depth));
			skipWhitespace();
			if (peek() == ']') {
				this.at++;
				return array;
			}
			expect(',');
		}
	}

	private String string() {
		this.at++;
		int start = this.at;
		// The common case, no escapes: one substring.
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c == '"') {
				return this.text.substring(start, this.at++);
			}
			if (c == '\\' || c < 0x20) {
				break;
			}
			this.at++;
		}
		StringBuilder out = new StringBuilder().append(this.text, start, this.at);
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			out.append((c == '\\') ? escape() : c);
		}
	}

	private char escape() {
		char c = next();
		switch (c) {
			case '"', '\\', '/':
				return c;
			case 'b':
				return '\b';
			case 'f':
				return '\f';
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			case 'u':
				if (this.at + 4 > this.text.length()) {
					throw error("truncated \\u escape");
				}
				int code = 0;
				for (int i = 0; i < 4; i++) {
					int digit = Character.digit(this.text.charAt(this.at++), 16);
					if (digit < 0) {
						throw error("bad \\u escape");
					}
					code = code * 16 + digit;
				}
				return (char) code;
			default:
				throw error("bad escape");
		}
	}

	/** RFC 8259 §6: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
	private Object number() {
		int start = this.at;
		boolean integer = true;
		if (peek() == '-') {
			this.at++;
		}
		if (peek() == '0') {
			this.at++;
		} else {
			digits();
		}
		if (this.at < this.text.length() && this.text.charAt(this.at) == '.') {
			this.at++;
			digits();
			integer = false;
		}
		if (this.at < this.text.length() && (this.text.charAt(this.at) == 'e' || this.text.charAt(this.at) == 'E')) {
			this.at++;
			if (peek() == '+' || peek() == '-') {
				this.at++;
			}
			digits();
			integer = false;
		}
		String number = this.text.substring(start, this.at);
		if (integer) {
			try {
				return Long.parseLong(number);
			} catch (NumberFormatException ex) {
				// beyond the range of a long: a double, as Nimbus gives it
			}
		}
		double value = Double.parseDouble(number);
		if (Double.isInfinite(value)) {
			throw error("number out of range");
		}
		return value;
	}

	private void digits() {
		int start = this.at;
		while (this.at < this.text.length() && this.text.charAt(this.at) >= '0' && this.text.charAt(this.at) <= '9') {
			this.at++;
		}
		if (this.at == start) {
			throw error("digit expected");
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("unexpected word");
		}
		this.at += word.length();
		return value;
	}

	private void checkDepth(int depth) {
		if (depth > this.maxDepth) {
			throw new MalformedCredentialException(VerificationErrorCode.JSON_TOO_DEEP, "deeper than " + this.maxDepth);
		}
	}

	private void skipWhitespace() {
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			this.at++;
		}
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("'" + c + "' expected");
		}
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("unexpected end");
		}
		return this.text.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private MalformedCredentialException error(String detail) {
		return new MalformedCredentialException(this.malformed, "not JSON: " + detail + " at " + this.at);
	}
}
