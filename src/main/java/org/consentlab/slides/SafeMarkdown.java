package org.consentlab.slides;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML the way every page of the app needs it under its Content Security Policy: raw
 * HTML is escaped (a {@code <script>} in a deck shows as text) and {@code javascript:} links are
 * neutralised. Same settings as the labs' parser, kept here so {@code slides} depends on no feature.
 */
final class SafeMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
		.sanitizeUrls(true).build();

	/** The rendered HTML and every link destination, from one parse. */
	Rendered render(String markdown) {
		Node document = parser.parse(markdown);
		List<String> links = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				links.add(link.getDestination());
				visitChildren(link);
			}
		});
		return new Rendered(renderer.render(document), links);
	}

	record Rendered(String html, List<String> links) {
	}
}
