package org.consentlab.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.web.Languages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each lab's solution walkthrough for instructors, from {@code labs/<folder>/walkthrough.md}: one
 * section per task, headed by the task id, saying in words what the solver test does. A content
 * test keeps a section for every task, so a new task cannot ship without one. Translations sit
 * beside it ({@code walkthrough.ru.md}), their first heading naming the lab in their own words
 * ({@code # Разбор: L3}); an instructor reading that language gets the translation if there is one.
 */
@Component
public class Walkthroughs {

	private static final Pattern TITLE = Pattern.compile("\\A# Walkthrough: (L\\d{1,2})\\s");

	/** A translation's title: any words, then the lab id, on the first line. */
	private static final Pattern TRANSLATED_TITLE = Pattern.compile("\\A# [^\\n]{0,80}?\\b(L\\d{1,2})\\s*\\n");

	private final Map<String, String> byLab;

	private final Map<Locale, Map<String, String>> translations = new HashMap<>();

	Walkthroughs() {
		this("classpath*:labs/*/");
	}

	/** @param root where the lab folders are, such as {@code classpath*:labs/*}{@code /} */
	Walkthroughs(String root) {
		this.byLab = read(root + "walkthrough.md", TITLE);
		for (Locale language : Languages.translations()) {
			translations.put(
					language, read(root + "walkthrough." + language.toLanguageTag() + ".md", TRANSLATED_TITLE));
		}
	}

	/** The walkthrough's Markdown for a lab, if it has one. */
	public Optional<String> of(String labId) {
		return Optional.ofNullable(byLab.get(labId));
	}

	/** The walkthrough in {@code language} if translated, else the original, if the lab has one. */
	public Optional<String> of(String labId, Locale language) {
		return Optional.ofNullable(translations
						.getOrDefault(Languages.supported(language), Map.of())
						.get(labId))
				.or(() -> of(labId));
	}

	/** Only the translation into {@code language}, for the content tests. */
	public Optional<String> translation(String labId, Locale language) {
		return Optional.ofNullable(translations
				.getOrDefault(Languages.supported(language), Map.of())
				.get(labId));
	}

	private static Map<String, String> read(String pattern, Pattern title) {
		Map<String, String> found = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String text =
						resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
				Matcher heading = title.matcher(text);
				if (!heading.find()) {
					throw new LabFormatException(
							resource.getDescription(), "must start with a heading that names the lab: " + title);
				}
				found.put(heading.group(1), text);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(found);
	}
}
