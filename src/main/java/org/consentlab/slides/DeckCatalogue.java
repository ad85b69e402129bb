package org.consentlab.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every deck, loaded once at start-up from {@code slides/*.md} on the class path; the file name is
 * the deck's id. Start-up fails, naming the file, when a deck does not parse, so a broken deck is
 * found by the build and not in front of a class.
 */
@Component
public class DeckCatalogue {

	static final String LOCATION = "classpath*:slides/*.md";

	private static final String SUFFIX = ".md";

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})-");

	private final Map<String, Deck> decks;

	@Autowired
	public DeckCatalogue() {
		this(load(LOCATION));
	}

	DeckCatalogue(List<Deck> decks) {
		Map<String, Deck> byId = new LinkedHashMap<>();
		decks.stream()
				.sorted(Comparator.comparingInt(DeckCatalogue::leadingNumber).thenComparing(Deck::id))
				.forEach(deck -> {
					if (byId.put(deck.id(), deck) != null) {
						throw new DeckFormatException(deck.id(), "two decks have this id");
					}
				});
		this.decks = byId;
	}

	public List<Deck> all() {
		return List.copyOf(decks.values());
	}

	public Optional<Deck> find(String id) {
		return Optional.ofNullable(decks.get(id));
	}

	/** Decks are numbered by their file names ({@code 1-two-futures}); unnumbered ones come last. */
	private static int leadingNumber(Deck deck) {
		Matcher number = NUMBERED.matcher(deck.id());
		return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
	}

	static List<Deck> load(String pattern) {
		DeckParser parser = new DeckParser();
		List<Deck> decks = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String name = resource.getFilename();
				if (name == null || !name.endsWith(SUFFIX)) {
					continue;
				}
				if (resource.contentLength() > 4L * DeckParser.MAX_FILE_CHARS) {
					throw new DeckFormatException(name, "file is too large");
				}
				try (InputStream in = resource.getInputStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					decks.add(parser.parse(name.substring(0, name.length() - SUFFIX.length()), text));
				}
			}
		} catch (IOException e) {
			throw new DeckFormatException(pattern, "cannot read slide decks", e);
		}
		return decks;
	}
}
