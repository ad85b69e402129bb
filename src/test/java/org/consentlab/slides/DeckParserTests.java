package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeckParserTests {

	private final DeckParser parser = new DeckParser();

	@Test
	void parseWhenSeparatorLinesThenOneSlideEach() {
		Deck deck = parser.parse("d", "# One\n\ntext\n\n---\n\n## Two\n---\n## Three\n");

		assertThat(deck.slides()).extracting(Slide::markdown).containsExactly("# One\n\ntext", "## Two", "## Three");
		assertThat(deck.slides().get(1).html()).isEqualTo("<h2>Two</h2>\n");
	}

	@Test
	void parseWhenBlankSlidesThenSkipped() {
		Deck deck = parser.parse("d", "# One\n---\n\n---\n## Two\n---\n");

		assertThat(deck.size()).isEqualTo(2);
	}

	@Test
	void parseWhenSeparatorInsideCodeFenceThenNoSplit() {
		Deck deck = parser.parse("d", "# One\n```\n---\nNote: not a note\n```\n");

		assertThat(deck.size()).isEqualTo(1);
		assertThat(deck.slides().get(0).hasNotes()).isFalse();
		assertThat(deck.slides().get(0).html()).contains("---\nNote: not a note");
	}

	@Test
	void parseWhenNoteLineThenRestOfSlideIsNotes() {
		Deck deck = parser.parse("d", "# One\nshown\nNote: say this\nand *this*\n---\n## Two\n");

		Slide first = deck.slides().get(0);
		assertThat(first.markdown()).isEqualTo("# One\nshown");
		assertThat(first.notes()).isEqualTo("say this\nand *this*");
		assertThat(first.notesHtml()).isEqualTo("<p>say this\nand <em>this</em></p>\n");
		assertThat(first.html()).doesNotContain("say this");
		assertThat(deck.slides().get(1).hasNotes()).isFalse();
		assertThat(deck.slides().get(1).notesHtml()).isEmpty();
	}

	@Test
	void parseWhenFrontMatterThenTitleMinutesAndLabs() {
		Deck deck = parser.parse("2-x", "---\ntitle: Registries\nminutes: 40\nlabs: [L1, L2]\n---\n# Slide one\n");

		assertThat(deck.id()).isEqualTo("2-x");
		assertThat(deck.title()).isEqualTo("Registries");
		assertThat(deck.minutes()).isEqualTo(40);
		assertThat(deck.labs()).containsExactly("L1", "L2");
		assertThat(deck.size()).isEqualTo(1);
	}

	@Test
	void parseWhenNoFrontMatterThenTitleFromFirstHeading() {
		Deck deck = parser.parse("d", "# Two futures\n---\n## More\n");

		assertThat(deck.title()).isEqualTo("Two futures");
		assertThat(deck.minutes()).isZero();
		assertThat(deck.labs()).isEmpty();
	}

	@Test
	void parseWhenRawHtmlThenEscaped() {
		Deck deck = parser.parse(
				"d", "# T\n<script>alert(1)</script>\n\n<b onclick=\"x()\">hi</b>\nNote: <style>p{}</style>\n");

		Slide slide = deck.slides().get(0);
		assertThat(slide.html()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(slide.html()).doesNotContain("<b ").contains("&lt;b onclick=");
		assertThat(slide.notesHtml()).doesNotContain("<style").contains("&lt;style&gt;");
	}

	@Test
	void parseWhenJavascriptLinkThenSanitised() {
		Deck deck = parser.parse("d", "# T\n[x](javascript:alert(1)) [y](/labs/L0)\n");

		assertThat(deck.slides().get(0).html()).doesNotContain("javascript:").contains("href=\"/labs/L0\"");
		assertThat(deck.slides().get(0).links()).contains("/labs/L0");
	}

	@Test
	void parseWhenGfmTableThenTable() {
		Deck deck = parser.parse("d", "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

		assertThat(deck.slides().get(0).html()).contains("<table>").contains("<td>1</td>");
	}

	@Test
	void parseWhenFileTooLargeThenRejected() {
		String text = "# T\n" + "x".repeat(DeckParser.MAX_FILE_CHARS);

		assertThatThrownBy(() -> parser.parse("big", text))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("big")
				.hasMessageContaining("longer than");
	}

	@Test
	void parseWhenTooManySlidesThenRejected() {
		String text = "# T\n" + "---\n## s\n".repeat(DeckParser.MAX_SLIDES);

		assertThatThrownBy(() -> parser.parse("many", text))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("more than " + DeckParser.MAX_SLIDES + " slides");
	}

	@Test
	void parseWhenNoSlidesThenClearError() {
		assertThatThrownBy(() -> parser.parse("empty", "---\ntitle: Empty\n---\n\n---\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessage("empty: has no slides: write Markdown, with a --- line between slides");
	}

	@Test
	void parseWhenFrontMatterNotClosedThenClearError() {
		assertThatThrownBy(() -> parser.parse("open", "---\ntitle: x\n# T\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("not closed");
	}

	@Test
	void parseWhenFrontMatterNotAMappingThenClearError() {
		assertThatThrownBy(() -> parser.parse("list", "---\n- a\n---\n# T\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("must be a mapping");
	}

	@Test
	void parseWhenFrontMatterHasTypeTagThenRejected() {
		assertThatThrownBy(() -> parser.parse("tag", "---\ntitle: !!java.lang.Object {}\n---\n# T\n"))
				.isInstanceOf(DeckFormatException.class)
				.hasMessageContaining("not valid YAML");
	}

	@Test
	void parseWhenBadMinutesOrLabsThenRejected() {
		assertThatThrownBy(() -> parser.parse("m", "---\nminutes: lots\n---\n# T\n"))
				.hasMessageContaining("minutes");
		assertThatThrownBy(() -> parser.parse("l", "---\nlabs: [lab one]\n---\n# T\n"))
				.hasMessageContaining("labs");
	}

	@Test
	void parseWhenNoTitleAnywhereThenRejected() {
		assertThatThrownBy(() -> parser.parse("untitled", "just text\n")).hasMessageContaining("needs a title");
	}

	@Test
	void parseWhenIdUnsafeThenRejected() {
		assertThatThrownBy(() -> parser.parse("../Evil", "# T\n")).hasMessageContaining("file name");
	}

	@Test
	void parseWhenUnclosedFenceThenRejected() {
		assertThatThrownBy(() -> parser.parse("fence", "# T\n```\ncode\n")).hasMessageContaining("never closed");
	}

	@Test
	void parseWhenWindowsLineEndsThenSameSlides() {
		Deck deck = parser.parse("d", "# One\r\nNote: n\r\n---\r\n## Two\r\n");

		assertThat(deck.size()).isEqualTo(2);
		assertThat(deck.slides().get(0).notes()).isEqualTo("n");
	}
}
