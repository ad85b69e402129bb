package org.consentlab.labs;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a task prompt's {@code {{name}}} placeholders with the learner's own values. */
final class Prompts {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_-]*)}}");

	private Prompts() {}

	/** The prompt with each known placeholder replaced; an unknown one is left as written. */
	static String fill(String prompt, Map<String, String> values) {
		if (values.isEmpty()) {
			return prompt;
		}
		Matcher m = PLACEHOLDER.matcher(prompt);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
		}
		m.appendTail(out);
		return out.toString();
	}
}
