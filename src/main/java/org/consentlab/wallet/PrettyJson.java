package org.consentlab.wallet;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;

/** JSON written on several lines with two-space indents, for reading on a page. */
final class PrettyJson {

	private PrettyJson() {}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value, "");
		return out.toString();
	}

	private static void append(StringBuilder out, Object value, String indent) {
		if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
			out.append("{\n");
			Iterator<? extends Map.Entry<?, ?>> entries =
					((Map<?, ?>) value).entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				out.append(indent)
						.append("  ")
						.append(Json.write(String.valueOf(entry.getKey())))
						.append(": ");
				append(out, entry.getValue(), indent + "  ");
				out.append(entries.hasNext() ? ",\n" : "\n");
			}
			out.append(indent).append('}');
		} else if (value instanceof List && !((List<?>) value).isEmpty()) {
			out.append("[\n");
			Iterator<?> items = ((List<?>) value).iterator();
			while (items.hasNext()) {
				out.append(indent).append("  ");
				append(out, items.next(), indent + "  ");
				out.append(items.hasNext() ? ",\n" : "\n");
			}
			out.append(indent).append(']');
		} else {
			out.append(Json.write(value));
		}
	}
}
