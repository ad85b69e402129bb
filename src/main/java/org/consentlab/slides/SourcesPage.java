package org.consentlab.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.web.Languages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The course's Sources & methods page: every figure the course computed itself, with its formula,
 * inputs and sources, read once from {@code sources/sources.md}. Labs, decks and message bundles link
 * to its sections as {@code /sources#section}. A translation ({@code sources.ru.md}) keeps every
 * section id: its n-th heading gets the id of the original's n-th heading (or names it, as
 * {@code ## Базовая частота {#base-rate}}), and start-up fails when the headings do not line up, so
 * a link into the page lands on the same section in every language.
 */
@Component
public class SourcesPage {

	static final String RESOURCE = "sources/sources.md";

	private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([a-z0-9-]+)\"");

	private final String html;

	private final Set<String> anchors;

	/** The section ids heading by heading, which a translation's headings take in the same order. */
	private final List<String> headingIds;

	private final Map<Locale, String> translations = new HashMap<>();

	SourcesPage() {
		this(read(RESOURCE)
				.orElseThrow(() -> new UncheckedIOException(
						new IOException("The Sources & methods page " + RESOURCE + " is missing from the build"))));
		for (Locale language : Languages.translations()) {
			String file = "sources/sources." + language.toLanguageTag() + ".md";
			read(file).ifPresent(markdown -> translations.put(language, translate(file, markdown)));
		}
	}

	SourcesPage(String markdown) {
		this.html = new SafeMarkdown(true).render(markdown).html();
		this.headingIds = ids(html);
		this.anchors = Collections.unmodifiableSet(new LinkedHashSet<>(headingIds));
	}

	/** The rendered page, raw HTML escaped. */
	public String html() {
		return html;
	}

	/** The page as a reader of {@code language} sees it: translated, or the original if not. */
	public String html(Locale language) {
		return translations.getOrDefault(Languages.supported(language), html);
	}

	/** Whether the page has a translation into {@code language}, for the content tests. */
	public boolean translated(Locale language) {
		return translations.containsKey(Languages.supported(language));
	}

	/** The ids of the page's sections in page order, such as {@code base-rate}. */
	public Set<String> anchors() {
		return anchors;
	}

	/** A translation rendered with the original's section ids, in order; refused if they do not line up. */
	String translate(String file, String markdown) {
		List<String> ids = headingIds;
		String rendered = new SafeMarkdown(ids).render(markdown).html();
		List<String> found = ids(rendered);
		if (!found.equals(ids)) {
			throw new DeckFormatException(
					file,
					"its headings must line up with " + RESOURCE + "'s, one for one, to keep the section ids " + ids
							+ "; they give " + found);
		}
		return rendered;
	}

	private static List<String> ids(String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = HEADING_ID.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Optional<String> read(String resource) {
		ClassPathResource file = new ClassPathResource(resource);
		if (!file.exists()) {
			return Optional.empty();
		}
		try (InputStream in = file.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}
}
