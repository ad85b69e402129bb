package org.consentlab.slides;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML the way every page of the app needs it under its Content Security Policy: raw
 * HTML is escaped (a {@code <script>} in a deck shows as text) and {@code javascript:} links are
 * neutralised. Same settings as the labs' parser, kept here so {@code slides} depends on no feature.
 */
final class SafeMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer;

	/** For decks: many slides share one page, so headings carry no ids. */
	SafeMarkdown() {
		this(false);
	}

	/**
	 * @param headingIds give each heading an id made from its text ("Base rate" becomes
	 * {@code base-rate}), so a page of one document can be linked to by section
	 */
	SafeMarkdown(boolean headingIds) {
		HtmlRenderer.Builder builder =
				HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
		builder.attributeProviderFactory(context -> headingIds ? HEADING_IDS : SOURCES_FOOTER);
		this.renderer = builder.build();
	}

	private static final AttributeProvider HEADING_IDS = (node, tagName, attributes) -> {
		if (node instanceof Heading heading) {
			attributes.put("id", anchor(heading));
		}
	};

	/**
	 * A paragraph that starts "Source:" or "Sources:" is the slide's footer: set small at the foot of
	 * the slide, so the sources stay on screen without crowding the point.
	 */
	private static final AttributeProvider SOURCES_FOOTER = (node, tagName, attributes) -> {
		if (node instanceof Paragraph paragraph && isSources(paragraph)) {
			attributes.put("class", "sources");
		}
	};

	static boolean isSources(Paragraph paragraph) {
		return paragraph.getFirstChild() instanceof Text first
				&& (first.getLiteral().startsWith("Sources:")
						|| first.getLiteral().startsWith("Source:"));
	}

	/** The id a heading gets: its text in lower case, runs of anything else replaced by one hyphen. */
	static String anchor(Heading heading) {
		StringBuilder text = new StringBuilder();
		heading.accept(new AbstractVisitor() {
			@Override
			public void visit(Text node) {
				text.append(node.getLiteral());
			}
		});
		return text.toString()
				.toLowerCase(java.util.Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-|-$", "");
	}

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

	record Rendered(String html, List<String> links) {}
}
