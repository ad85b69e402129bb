package org.consentlab.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every deck, loaded once at start-up from {@code slides/*.md} on the class path; the file name is
 * the deck's id. Translations sit beside the original ({@code 1-two-futures.ru.md}) and are shown to
 * a reader of that language, deck by deck, the original wherever none exists. Start-up fails, naming
 * the file, when a deck does not parse, or a translation has another number of slides, other labs or
 * another length than its original (the presenter's slide numbers and timer must mean the same in
 * every language), so a broken deck is found by the build and not in front of a class.
 */
@Component
public class DeckCatalogue {

	static final String LOCATION = "classpath*:slides/*.md";

	private static final String SUFFIX = ".md";

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})-");

	/** A deck's file name: its id, then a language tag if it is a translation. */
	private static final Pattern FILE_NAME = Pattern.compile("(.+?)(?:\\.([a-z]{2,3}))?\\.md");

	private final Map<String, Deck> decks;

	/** Per translated language, the decks translated into it, by id. */
	private final Map<Locale, Map<String, Deck>> translations;

	@Autowired
	public DeckCatalogue() {
		this(LOCATION);
	}

	/** @param pattern where the deck files are, such as {@code classpath*:slides/*.md} */
	DeckCatalogue(String pattern) {
		this(readAll(pattern));
	}

	private DeckCatalogue(Map<String, List<Deck>> byLanguage) {
		this(byLanguage.getOrDefault("", List.of()), byLanguage);
	}

	DeckCatalogue(List<Deck> decks) {
		this(decks, Map.of());
	}

	DeckCatalogue(List<Deck> decks, Map<String, List<Deck>> byLanguage) {
		Map<String, Deck> byId = new LinkedHashMap<>();
		decks.stream()
				.sorted(Comparator.comparingInt(DeckCatalogue::leadingNumber).thenComparing(Deck::id))
				.forEach(deck -> {
					if (byId.put(deck.id(), deck) != null) {
						throw new DeckFormatException(deck.id(), "two decks have this id");
					}
				});
		this.decks = byId;
		Map<Locale, Map<String, Deck>> translated = new LinkedHashMap<>();
		for (Locale language : Languages.translations()) {
			Map<String, Deck> ofLanguage = new LinkedHashMap<>();
			for (Deck deck : byLanguage.getOrDefault(language.toLanguageTag(), List.of())) {
				ofLanguage.put(deck.id(), matching(deck, language));
			}
			translated.put(language, ofLanguage);
		}
		this.translations = translated;
	}

	public List<Deck> all() {
		return List.copyOf(decks.values());
	}

	public Optional<Deck> find(String id) {
		return Optional.ofNullable(decks.get(id));
	}

	/** Every deck as a reader of {@code language} sees it: translated where a translation exists. */
	public List<Deck> all(Locale language) {
		return decks.values().stream().map(deck -> in(deck, language)).toList();
	}

	/** The deck as a reader of {@code language} sees it: its translation, or the original if none. */
	public Optional<Deck> find(String id, Locale language) {
		return find(id).map(deck -> in(deck, language));
	}

	/** Whether a deck has a translation into {@code language}, for the content tests. */
	public boolean translated(String id, Locale language) {
		return translations
				.getOrDefault(Languages.supported(language), Map.of())
				.containsKey(id);
	}

	private Deck in(Deck deck, Locale language) {
		return translations
				.getOrDefault(Languages.supported(language), Map.of())
				.getOrDefault(deck.id(), deck);
	}

	/** The translation, once it is known to keep its original's slides, labs and length. */
	private Deck matching(Deck translation, Locale language) {
		String file = translation.id() + "." + language.toLanguageTag() + SUFFIX;
		Deck original = decks.get(translation.id());
		if (original == null) {
			throw new DeckFormatException(file, "a translation of no deck: there is no " + translation.id() + SUFFIX);
		}
		if (original.size() != translation.size()) {
			throw new DeckFormatException(
					file,
					"has " + translation.size() + " slides, " + translation.id() + SUFFIX + " has " + original.size());
		}
		if (!original.labs().equals(translation.labs())) {
			throw new DeckFormatException(
					file,
					"leads to labs " + translation.labs() + ", " + translation.id() + SUFFIX + " to "
							+ original.labs());
		}
		if (original.minutes() != translation.minutes()) {
			throw new DeckFormatException(
					file,
					"is planned for " + translation.minutes() + " minutes, " + translation.id() + SUFFIX + " for "
							+ original.minutes());
		}
		return translation;
	}

	/** Decks are numbered by their file names ({@code 1-two-futures}); unnumbered ones come last. */
	private static int leadingNumber(Deck deck) {
		Matcher number = NUMBERED.matcher(deck.id());
		return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
	}

	/** The decks of the original language, for tests that read one folder. */
	static List<Deck> load(String pattern) {
		return readAll(pattern).getOrDefault("", List.of());
	}

	/** Every deck file a pattern finds, parsed, by language tag ("" for the original). */
	static Map<String, List<Deck>> readAll(String pattern) {
		DeckParser parser = new DeckParser();
		Map<String, List<Deck>> decks = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String name = resource.getFilename();
				Matcher file = name == null ? null : FILE_NAME.matcher(name);
				if (file == null || !file.matches()) {
					continue;
				}
				String language = file.group(2) == null ? "" : file.group(2);
				if (!language.isEmpty()
						&& Languages.translations().stream()
								.noneMatch(l -> l.toLanguageTag().equals(language))) {
					throw new DeckFormatException(
							name,
							"is in '" + language + "', not one of the course's translations "
									+ Languages.translations());
				}
				if (resource.contentLength() > 4L * DeckParser.MAX_FILE_CHARS) {
					throw new DeckFormatException(name, "file is too large");
				}
				try (InputStream in = resource.getInputStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					decks.computeIfAbsent(language, l -> new ArrayList<>()).add(parser.parse(file.group(1), text));
				}
			}
		} catch (IOException e) {
			throw new DeckFormatException(pattern, "cannot read slide decks", e);
		}
		return decks;
	}
}
