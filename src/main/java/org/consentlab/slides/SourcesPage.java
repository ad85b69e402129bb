package org.consentlab.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The course's Sources & methods page: every figure the course computed itself, with its formula,
 * inputs and sources, read once from {@code sources/sources.md}. Labs, decks and message bundles link
 * to its sections as {@code /sources#section}.
 */
@Component
public class SourcesPage {

	static final String RESOURCE = "sources/sources.md";

	private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([a-z0-9-]+)\"");

	private final String html;

	private final Set<String> anchors;

	SourcesPage() {
		this(read());
	}

	SourcesPage(String markdown) {
		this.html = new SafeMarkdown(true).render(markdown).html();
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = HEADING_ID.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		this.anchors = java.util.Collections.unmodifiableSet(found);
	}

	/** The rendered page, raw HTML escaped. */
	public String html() {
		return html;
	}

	/** The ids of the page's sections in page order, such as {@code base-rate}. */
	public Set<String> anchors() {
		return anchors;
	}

	private static String read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("The Sources & methods page " + RESOURCE + " is missing from the build", e);
		}
	}
}
