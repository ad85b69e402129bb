package org.consentlab.slides;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	/** Null for decks; else the ids headings take in order where they name none ({@code {#id}}). */
	private final List<String> headingIds;

	/** For decks: many slides share one page, so headings carry no ids. */
	SafeMarkdown() {
		this.headingIds = null;
		this.renderer = builder(Map.of()).build();
	}

	/**
	 * @param headingIds give each heading an id made from its text ("Base rate" becomes
	 * {@code base-rate}), so a page of one document can be linked to by section
	 */
	SafeMarkdown(boolean headingIds) {
		this(headingIds ? List.of() : null);
	}

	/**
	 * For a translated page that keeps its original's section ids: the n-th heading gets the n-th id
	 * given, unless it names its own as {@code {#id}} at its end; headings beyond the list get an id
	 * made from their text.
	 */
	SafeMarkdown(List<String> headingIds) {
		this.headingIds = headingIds == null ? null : List.copyOf(headingIds);
		this.renderer = builder(Map.of()).build();
	}

	private static HtmlRenderer.Builder builder(Map<Node, String> ids) {
		HtmlRenderer.Builder builder =
				HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true);
		AttributeProvider headingIds = (node, tagName, attributes) -> {
			if (node instanceof Heading heading) {
				attributes.put("id", ids.getOrDefault(heading, anchor(heading)));
			}
		};
		builder.attributeProviderFactory(context -> ids.isEmpty() ? SOURCES_FOOTER : headingIds);
		return builder;
	}

	/** The id of each heading: named at its end as {@code {#id}} (then taken out of the text), else by position. */
	private Map<Node, String> headingIds(Node document) {
		Map<Node, String> ids = new IdentityHashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				String named = null;
				if (heading.getLastChild() instanceof Text last) {
					Matcher id = NAMED_ID.matcher(last.getLiteral());
					if (id.find()) {
						named = id.group(1);
						last.setLiteral(last.getLiteral().substring(0, id.start()));
					}
				}
				int n = ids.size();
				ids.put(heading, named != null ? named : n < headingIds.size() ? headingIds.get(n) : anchor(heading));
			}
		});
		return ids;
	}

	private static final Pattern NAMED_ID = Pattern.compile("\\s*\\{#([a-z0-9-]{1,64})\\}\\s*$");

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
				&& SOURCE_LABELS.stream().anyMatch(first.getLiteral()::startsWith);
	}

	/** How a slide's footer of sources begins, in each of the course's languages. */
	static final List<String> SOURCE_LABELS = List.of("Sources:", "Source:", "Источники:", "Источник:");

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
		HtmlRenderer renderer = headingIds == null
				? this.renderer
				: builder(headingIds(document)).build();
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
