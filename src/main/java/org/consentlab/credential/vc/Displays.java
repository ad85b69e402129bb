package org.consentlab.credential.vc;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Choosing among display entries by language (draft-ietf-oauth-sd-jwt-vc-15 §7 and §8.2: "the
 * consuming application MUST use the language tag it considers most appropriate for the user").
 * Here that is RFC 4647 lookup from the reader's locale, so {@code ru-RU} finds {@code ru}; then
 * any entry of the reader's language ({@code de} finds {@code de-DE}); without a match, the
 * publisher's first entry, so a reader whose language is not published still reads
 * words rather than claim names.
 */
final class Displays {

	private Displays() {}

	static <T> Optional<T> best(List<T> entries, Function<T, String> tag, Locale reader) {
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		if (reader != null && !reader.getLanguage().isEmpty()) {
			List<String> tags = entries.stream().map(tag).toList();
			String found = Locale.lookupTag(Locale.LanguageRange.parse(reader.toLanguageTag()), tags);
			if (found != null) {
				return entries.stream()
						.filter(entry -> found.equalsIgnoreCase(tag.apply(entry)))
						.findFirst();
			}
			Optional<T> sameLanguage = entries.stream()
					.filter(entry -> Locale.forLanguageTag(tag.apply(entry))
							.getLanguage()
							.equals(reader.getLanguage()))
					.findFirst();
			if (sameLanguage.isPresent()) {
				return sameLanguage;
			}
		}
		return Optional.of(entries.get(0));
	}

	/** Whether {@code tag} is a well-formed language tag (RFC 5646 §2.1). */
	static boolean isLanguageTag(String tag) {
		if (tag == null || tag.isEmpty() || tag.length() > 35) {
			return false;
		}
		try {
			new Locale.Builder().setLanguageTag(tag);
			return true;
		} catch (IllformedLocaleException ex) {
			return false;
		}
	}
}
