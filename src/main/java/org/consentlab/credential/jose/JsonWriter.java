package org.consentlab.credential.jose;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way the RFC 9901 examples are written: {@code ", "} between members,
 * {@code ": "} after names, and every character outside printable ASCII escaped as a backslash,
 * {@code u} and four hex digits. Issuing with the RFC's salts therefore reproduces its
 * disclosures byte for byte (RFC 9901 §5). Any valid JSON would do (§4.2.1); this one is also
 * readable.
 */
final class JsonWriter {

	private JsonWriter() {}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value);
		return out.toString();
	}

	private static void append(StringBuilder out, Object value) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			appendString(out, s);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			appendObject(out, map);
		} else if (value instanceof List<?> list) {
			appendArray(out, list);
		} else {
			throw new IllegalArgumentException(
					"not a JSON value: " + value.getClass().getName());
		}
	}

	private static void appendObject(StringBuilder out, Map<?, ?> map) {
		out.append('{');
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			appendString(out, String.valueOf(entry.getKey()));
			out.append(": ");
			append(out, entry.getValue());
			if (entries.hasNext()) {
				out.append(", ");
			}
		}
		out.append('}');
	}

	private static void appendArray(StringBuilder out, List<?> list) {
		out.append('[');
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				out.append(", ");
			}
			append(out, list.get(i));
		}
		out.append(']');
	}

	private static void appendString(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> appendChar(out, c);
			}
		}
		out.append('"');
	}

	private static void appendChar(StringBuilder out, char c) {
		if (c < 0x20 || c > 0x7e) {
			out.append(String.format("\\u%04x", (int) c));
		} else {
			out.append(c);
		}
	}
}
