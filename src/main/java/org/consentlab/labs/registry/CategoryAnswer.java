package org.consentlab.labs.registry;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.consentlab.registry.DataCategory;

import org.springframework.context.MessageSource;

/**
 * A learner's list of kinds of data ("face, DNA profile and address"), read by the labels the pages
 * show or by the categories' names.
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

	static String label(DataCategory category, MessageSource messages) {
		return messages.getMessage("category." + category.name(), null, Locale.ENGLISH);
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
