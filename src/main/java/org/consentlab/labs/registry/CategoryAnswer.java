package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.consentlab.labs.CheckResult;
import org.consentlab.registry.DataCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A learner's list of kinds of data ("face, DNA profile and address"), read by the labels the pages
 * show in the learner's language or by the categories' names.
 *
 * @param categories the kinds of data named
 * @param unknown the first item that names none, if any
 */
record CategoryAnswer(Set<DataCategory> categories, Optional<String> unknown) {

	static CategoryAnswer parse(String answer, MessageSource messages) {
		Set<DataCategory> given = EnumSet.noneOf(DataCategory.class);
		for (String part : answer.toLowerCase(Locale.ROOT).split("[,;\\n]|\\band\\b")) {
			String item = part.trim();
			if (item.isEmpty()) {
				continue;
			}
			Optional<DataCategory> category = category(item, messages);
			if (category.isEmpty()) {
				return new CategoryAnswer(given, Optional.of(item));
			}
			given.add(category.get());
		}
		return new CategoryAnswer(given, Optional.empty());
	}

	/** The category as an argument of feedback, shown with the label of the reader's language. */
	static MessageSourceResolvable term(DataCategory category) {
		return CheckResult.term(key(category));
	}

	/** The label the pages show to the learner who is answering, in the language of their request. */
	static String label(DataCategory category, MessageSource messages) {
		return messages.getMessage(key(category), null, LocaleContextHolder.getLocale());
	}

	private static String key(DataCategory category) {
		return "category." + category.name();
	}

	private static Optional<DataCategory> category(String item, MessageSource messages) {
		for (DataCategory category : DataCategory.values()) {
			String label = label(category, messages).toLowerCase(Locale.ROOT);
			String name = category.name().toLowerCase(Locale.ROOT);
			if (item.equals(label) || item.equals(name) || label.startsWith(item + " ")) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}
}
