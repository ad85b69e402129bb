package org.consentlab.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one deck file. Optional YAML front matter between the first two {@code ---} lines (title,
 * minutes, labs); then slides separated by a line holding only {@code ---}; in each slide, a line
 * starting {@code Note:} begins the speaker notes, which run to the end of that slide. Separators
 * and {@code Note:} inside fenced code blocks are text. Limits keep a runaway file from filling the
 * page or the heap.
 */
public final class DeckParser {

	static final int MAX_FILE_CHARS = 200_000;

	static final int MAX_SLIDES = 100;

	private static final String SEPARATOR = "---";

	private static final String NOTE = "Note:";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Pattern HEADING = Pattern.compile("^#{1,3}\\s+(.+?)\\s*#*\\s*$");

	private final SafeMarkdown markdown = new SafeMarkdown();

	public Deck parse(String id, String text) {
		if (!ID.matcher(id).matches()) {
			throw new DeckFormatException(id, "a deck's file name must be lower-case letters, digits and dashes");
		}
		if (text.length() > MAX_FILE_CHARS) {
			throw new DeckFormatException(id, "longer than " + MAX_FILE_CHARS + " characters");
		}
		List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
		Map<String, Object> front = Map.of();
		int start = 0;
		if (!lines.isEmpty() && lines.get(0).strip().equals(SEPARATOR)) {
			int end = nextSeparator(lines, 1);
			if (end < 0) {
				throw new DeckFormatException(id, "front matter is not closed by a --- line");
			}
			front = FrontMatter.read(id, String.join("\n", lines.subList(1, end)));
			start = end + 1;
		}
		List<Slide> slides = slides(id, lines.subList(start, lines.size()));
		if (slides.isEmpty()) {
			throw new DeckFormatException(id, "has no slides: write Markdown, with a --- line between slides");
		}
		if (slides.size() > MAX_SLIDES) {
			throw new DeckFormatException(id, "has more than " + MAX_SLIDES + " slides");
		}
		return new Deck(
				id,
				title(id, front, slides.get(0)),
				FrontMatter.minutes(id, front),
				FrontMatter.labs(id, front),
				slides);
	}

	private List<Slide> slides(String id, List<String> lines) {
		List<Slide> slides = new ArrayList<>();
		List<String> body = new ArrayList<>();
		List<String> notes = null;
		boolean fenced = false;
		for (String line : lines) {
			if (isFence(line)) {
				fenced = !fenced;
			}
			if (!fenced && line.strip().equals(SEPARATOR)) {
				addSlide(slides, body, notes);
				body = new ArrayList<>();
				notes = null;
			} else if (!fenced && notes == null && line.startsWith(NOTE)) {
				notes = new ArrayList<>();
				notes.add(line.substring(NOTE.length()).strip());
			} else {
				(notes == null ? body : notes).add(line);
			}
		}
		if (fenced) {
			throw new DeckFormatException(id, "a fenced code block (```) is never closed");
		}
		addSlide(slides, body, notes);
		return slides;
	}

	/** Blank stretches (a trailing ---, two --- in a row) make no slide. */
	private void addSlide(List<Slide> slides, List<String> body, List<String> notes) {
		String text = String.join("\n", body).strip();
		String notesText = notes == null ? "" : String.join("\n", notes).strip();
		if (text.isEmpty() && notesText.isEmpty()) {
			return;
		}
		SafeMarkdown.Rendered slide = markdown.render(text);
		SafeMarkdown.Rendered spoken = markdown.render(notesText);
		List<String> links = new ArrayList<>(slide.links());
		links.addAll(spoken.links());
		slides.add(new Slide(text, notesText, slide.html(), notesText.isEmpty() ? "" : spoken.html(), links));
	}

	private static int nextSeparator(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(SEPARATOR)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isFence(String line) {
		String s = line.stripLeading();
		return s.startsWith("```") || s.startsWith("~~~");
	}

	/** The front matter's title, or else the first heading of the first slide. */
	private static String title(String id, Map<String, Object> front, Slide first) {
		Object title = front.get("title");
		if (title instanceof String s && !s.isBlank()) {
			return s.strip();
		}
		if (title != null) {
			throw new DeckFormatException(id, "front matter 'title' must be text");
		}
		for (String line : first.markdown().split("\n")) {
			var heading = HEADING.matcher(line);
			if (heading.matches()) {
				return heading.group(1);
			}
		}
		throw new DeckFormatException(id, "needs a title: in front matter, or as a heading on the first slide");
	}

	/** Reading the YAML block with SnakeYAML's safe constructor: plain data only, no types, bounded. */
	static final class FrontMatter {

		private FrontMatter() {}

		@SuppressWarnings("unchecked")
		static Map<String, Object> read(String id, String text) {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setNestingDepthLimit(10);
			options.setCodePointLimit(MAX_FILE_CHARS);
			Object loaded;
			try {
				loaded = new Yaml(new SafeConstructor(options)).load(text);
			} catch (RuntimeException e) {
				throw new DeckFormatException(id, "front matter is not valid YAML: " + e.getMessage(), e);
			}
			if (loaded == null) {
				return Map.of();
			}
			if (loaded instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
			throw new DeckFormatException(id, "front matter must be a mapping such as 'title: ...'");
		}

		static int minutes(String id, Map<String, Object> front) {
			Object minutes = front.get("minutes");
			if (minutes == null) {
				return 0;
			}
			if (minutes instanceof Integer m && m > 0 && m <= 600) {
				return m;
			}
			throw new DeckFormatException(id, "front matter 'minutes' must be a whole number from 1 to 600");
		}

		static List<String> labs(String id, Map<String, Object> front) {
			Object labs = front.get("labs");
			if (labs == null) {
				return List.of();
			}
			if (labs instanceof List<?> list
					&& list.stream().allMatch(l -> l instanceof String s && s.matches("L\\d{1,2}"))) {
				return list.stream().map(String.class::cast).toList();
			}
			throw new DeckFormatException(id, "front matter 'labs' must be a list of lab ids such as [L1, L2]");
		}
	}
}
