package org.consentlab.labs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one lab file: YAML front matter between {@code ---} lines, then Markdown. Raw HTML in the
 * Markdown is escaped, so lab text cannot carry scripts past the Content Security Policy.
 */
public final class LabParser {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final int MAX_FILE_CHARS = 200_000;

	private final Parser markdown = Parser.builder().extensions(EXTENSIONS).build();

	/** What a code block opens with: focusable, so a keyboard user can scroll a long line (WCAG 2.1.1). */
	public static final String CODE_BLOCK = "<pre tabindex=\"0\" role=\"region\">";

	private final HtmlRenderer html = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> (node, tagName, attributes) -> {
				if ("pre".equals(tagName)) {
					attributes.put("tabindex", "0");
					attributes.put("role", "region");
				}
			})
			.build();

	public Lab parse(String source, String text) {
		if (text.length() > MAX_FILE_CHARS) {
			throw new LabFormatException(source, "longer than " + MAX_FILE_CHARS + " characters");
		}
		String normalised = text.replace("\r\n", "\n");
		if (!normalised.startsWith("---\n")) {
			throw new LabFormatException(source, "must start with front matter between --- lines");
		}
		int end = normalised.indexOf("\n---\n", 4);
		if (end < 0) {
			throw new LabFormatException(source, "front matter is not closed by a --- line");
		}
		Map<String, Object> front = yaml(source, normalised.substring(4, end));
		Node body = markdown.parse(normalised.substring(end + 5));
		List<Task> tasks = tasks(source, front.get("tasks"));
		List<String> links = links(body);
		for (Task task : tasks) {
			links.addAll(links(markdown.parse(task.prompt())));
		}
		try {
			return new Lab(
					string(source, front, "id"),
					string(source, front, "title"),
					string(source, front, "world"),
					(Integer) front.get("minutes"),
					strings(source, front.get("objectives")),
					resets(source, front),
					tasks,
					html.render(body),
					links,
					difficulty(source, front),
					prerequisites(source, front),
					strings(source, front.get("owns")));
		} catch (RuntimeException e) {
			throw new LabFormatException(source, "front matter: " + e.getMessage(), e);
		}
	}

	/** Renders a snippet of lab Markdown (a task prompt, a hint) the same safe way as the body. */
	public String render(String text) {
		return html.render(markdown.parse(text));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> yaml(String source, String text) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(MAX_FILE_CHARS);
		try {
			Object loaded = new Yaml(new SafeConstructor(options)).load(text);
			if (loaded instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		} catch (RuntimeException e) {
			throw new LabFormatException(source, "front matter is not valid YAML: " + e.getMessage(), e);
		}
		throw new LabFormatException(source, "front matter must be a mapping");
	}

	private List<Task> tasks(String source, Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new LabFormatException(source, "needs a non-empty list of tasks");
		}
		List<Task> tasks = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> map)) {
				throw new LabFormatException(source, "each task must be a mapping with id, prompt, answer, hints");
			}
			try {
				String answer = String.valueOf(map.get("answer") == null ? "none" : map.get("answer"));
				tasks.add(new Task(
						(String) map.get("id"),
						(String) map.get("prompt"),
						Task.AnswerKind.valueOf(answer.toUpperCase(Locale.ROOT)),
						strings(source, map.get("hints")),
						map.get("attempts") == null ? 0 : (Integer) map.get("attempts"),
						strings(source, map.get("rubric"))));
			} catch (RuntimeException e) {
				throw new LabFormatException(source, "task " + map.get("id") + ": " + e.getMessage(), e);
			}
		}
		return tasks;
	}

	private static List<String> links(Node node) {
		List<String> links = new ArrayList<>();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				links.add(link.getDestination());
				visitChildren(link);
			}
		});
		return links;
	}

	/**
	 * The sandbox parts the lab's reset clears. Required, even when empty, so a new lab says on
	 * purpose that it leaves nothing behind rather than forgetting to.
	 */
	private static List<String> resets(String source, Map<String, Object> front) {
		if (!front.containsKey("resets")) {
			throw new LabFormatException(
					source, "front matter needs 'resets': the sandbox part ids its reset clears, [] for none");
		}
		return strings(source, front.get("resets"));
	}

	/** Required: {@code introductory}, {@code intermediate} or {@code advanced}. */
	private static Lab.Difficulty difficulty(String source, Map<String, Object> front) {
		String value = string(source, front, "difficulty");
		try {
			return Lab.Difficulty.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new LabFormatException(
					source, "front matter 'difficulty' must be introductory, intermediate or advanced, not " + value);
		}
	}

	/** Required, even when empty, like {@code resets}: the labs to do first, by id. */
	private static List<String> prerequisites(String source, Map<String, Object> front) {
		if (!front.containsKey("prerequisites")) {
			throw new LabFormatException(
					source, "front matter needs 'prerequisites': lab ids to do first, [] for none");
		}
		return strings(source, front.get("prerequisites"));
	}

	private static String string(String source, Map<String, Object> front, String key) {
		if (front.get(key) instanceof String s && !s.isBlank()) {
			return s;
		}
		throw new LabFormatException(source, "front matter needs '" + key + "'");
	}

	private static List<String> strings(String source, Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new LabFormatException(source, "expected a list, got " + value);
		}
		for (Object item : list) {
			if (!(item instanceof String)) {
				throw new LabFormatException(
						source, "each item must be text, got " + item + ": put a line that contains \": \" in quotes");
			}
		}
		return list.stream().map(String.class::cast).toList();
	}
}
