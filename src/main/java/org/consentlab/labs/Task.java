package org.consentlab.labs;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One checked task of a lab, as declared in the lab's front matter.
 *
 * @param id stable id, {@code <lab id>.<name>}, that binds the task to its {@link TaskCheck}
 * @param prompt what the learner is asked (Markdown rendered to HTML)
 * @param answer what the form asks for: {@code none} (a button), {@code number} or {@code text}
 * @param hints revealed one at a time, each counted
 */
public record Task(String id, String prompt, AnswerKind answer, List<String> hints) {

	private static final Pattern ID = Pattern.compile("L\\d{1,2}\\.[a-z0-9-]{1,48}");

	public Task {
		Objects.requireNonNull(prompt, "prompt");
		Objects.requireNonNull(answer, "answer");
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("task id must look like L3.threshold, got: " + id);
		}
		hints = List.copyOf(hints);
	}

	/** What a task's form asks for. */
	public enum AnswerKind {
		NONE,
		NUMBER,
		TEXT,
		LONGTEXT
	}
}
