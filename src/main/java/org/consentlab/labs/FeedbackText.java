package org.consentlab.labs;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link CheckResult} into the sentence a learner reads, in the language of their request:
 * the message source resolves the key and the {@link CheckResult#term terms} among the arguments,
 * formats the numbers; a moment of the simulated week is written with the pattern of the message
 * {@value #MOMENT}, so even its format is content.
 */
@Component
class FeedbackText {

	static final String MOMENT = "labs.feedback.moment";

	private final MessageSource messages;

	FeedbackText(MessageSource messages) {
		this.messages = messages;
	}

	String text(CheckResult result, Locale locale) {
		Object[] args = result.args().toArray();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof TemporalAccessor moment) {
				args[i] = DateTimeFormatter.ofPattern(messages.getMessage(MOMENT, null, locale), locale)
						.format(moment);
			}
		}
		return messages.getMessage(result.feedbackKey(), args, locale);
	}
}
