package org.consentlab.labs;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.consentlab.web.TypedNumbers;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The verdict of a {@link TaskCheck}: passed or not, with feedback from the message bundle that
 * says specifically what is right or wrong (never only "wrong"). A check never writes text: its
 * arguments are numbers, {@link java.time} values and {@link #term terms} (message keys), which the
 * page resolves in the reader's language, so a translation is a change of content only.
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

	/** An argument shown as the message {@code key} says it, in the reader's language: a data category, an agency. */
	public static MessageSourceResolvable term(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/** Reads a whole number from an answer, or returns null when the answer is not one. */
	public static Long number(String answer) {
		OptionalLong number = TypedNumbers.whole(answer);
		return number.isPresent() ? number.getAsLong() : null;
	}

	/** Reads a decimal answer, where "0.1%" means 0.001, or returns null when the answer is not one. */
	public static Double decimal(String answer) {
		String cleaned = answer.trim().replace(',', '.');
		boolean percent = cleaned.endsWith("%");
		if (percent) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).trim();
		}
		if (!cleaned.matches("(\\d{1,3}(\\.\\d{0,20})?|\\.\\d{1,20})([eE]-?\\d{1,2})?")) {
			return null;
		}
		double value = Double.parseDouble(cleaned);
		return percent ? value / 100 : value;
	}
}
