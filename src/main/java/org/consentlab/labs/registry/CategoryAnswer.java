package org.consentlab.labs.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consentlab.labs.CheckResult;
import org.consentlab.registry.DataCategory;
import org.consentlab.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A learner's list of kinds of data ("face, DNA profile and address", "лицо, профиль ДНК и адрес"),
 * read by the labels the pages show in any of the course's languages or by the categories' names,
 * so an answer does not depend on the language the learner reads the lab in.
 *
 * @param categories the kinds of data named
 * @param unknown the first item that names none, if any
 */
record CategoryAnswer(Set<DataCategory> categories, Optional<String> unknown) {

	/** Commas, semicolons, lines, and the word "and" in each language of the course. */
	static final Pattern SEPARATOR = Pattern.compile("[,;\\n]|\\b(?:and|и)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	static CategoryAnswer parse(String answer, MessageSource messages) {
		Set<DataCategory> given = EnumSet.noneOf(DataCategory.class);
		for (String part : SEPARATOR.split(answer.toLowerCase(Locale.ROOT))) {
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
			String name = category.name().toLowerCase(Locale.ROOT);
			if (item.equals(name) || labels(category, messages).stream().anyMatch(label -> names(item, label))) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	private static boolean names(String item, String label) {
		String lower = label.toLowerCase(Locale.ROOT);
		return item.equals(lower) || lower.startsWith(item + " ");
	}

	/** The category's label in the reader's language and in every other language of the course. */
	private static List<String> labels(DataCategory category, MessageSource messages) {
		List<String> labels = new ArrayList<>();
		labels.add(label(category, messages));
		for (Locale language : Languages.all()) {
			labels.add(messages.getMessage(key(category), null, language));
		}
		return labels;
	}
}
