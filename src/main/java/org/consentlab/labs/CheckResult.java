package org.consentlab.labs;

import java.io.Serializable;
import java.util.List;

/**
 * The verdict of a {@link TaskCheck}: passed or not, with feedback from the message bundle that
 * says specifically what is right or wrong (never only "wrong").
 *
 * @param feedbackKey message key of the feedback
 * @param args values the feedback message shows (kept in the session for one redirect, so serialisable)
 */
public record CheckResult(boolean passed, String feedbackKey, List<Object> args) implements Serializable {

	public CheckResult {
		args = List.copyOf(args);
	}

	public static CheckResult pass(String feedbackKey, Object... args) {
		return new CheckResult(true, feedbackKey, List.of(args));
	}

	public static CheckResult fail(String feedbackKey, Object... args) {
		return new CheckResult(false, feedbackKey, List.of(args));
	}

	/** Reads a whole number from an answer, or returns null when the answer is not one. */
	public static Long number(String answer) {
		String cleaned = answer.replace(",", "").replace("_", "").trim();
		if (!cleaned.matches("-?\\d{1,18}")) {
			return null;
		}
		return Long.parseLong(cleaned);
	}
}
