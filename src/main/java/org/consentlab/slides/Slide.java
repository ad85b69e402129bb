package org.consentlab.slides;

import java.util.List;

/**
 * One slide: its Markdown and speaker notes as written, and both rendered to safe HTML.
 *
 * @param links every link target in the slide and its notes, checked by the content test
 */
public record Slide(String markdown, String notes, String html, String notesHtml, List<String> links) {

	public Slide {
		links = List.copyOf(links);
	}

	public boolean hasNotes() {
		return !notes.isBlank();
	}
}
