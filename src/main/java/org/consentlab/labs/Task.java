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
 * @param attempts how many wrong answers a learner may give before the task locks until the lab is
 *     reset, for answers from a small space that guessing would otherwise find; 0 for no limit
 * @param rubric for a written answer a person grades: the criteria, each worth up to two points
 */
public record Task(String id, String prompt, AnswerKind answer, List<String> hints, int attempts, List<String> rubric) {

	private static final Pattern ID = Pattern.compile("L\\d{1,2}\\.[a-z0-9-]{1,48}");

	public Task {
		Objects.requireNonNull(prompt, "prompt");
		Objects.requireNonNull(answer, "answer");
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("task id must look like L3.threshold, got: " + id);
		}
		hints = List.copyOf(hints);
		rubric = List.copyOf(rubric);
		if (attempts < 0 || (attempts > 0 && answer == AnswerKind.NONE)) {
			throw new IllegalArgumentException("attempts is a positive limit, and only for tasks with an answer");
		}
	}

	/** A task without an attempt limit. */
	public Task(String id, String prompt, AnswerKind answer, List<String> hints) {
		this(id, prompt, answer, hints, 0, List.of());
	}

	/** What a task's form asks for. */
	public enum AnswerKind {
		NONE,
		NUMBER,
		TEXT,
		LONGTEXT
	}
}
