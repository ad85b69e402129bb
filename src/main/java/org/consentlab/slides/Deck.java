package org.consentlab.slides;

import java.util.List;

/**
 * A slide deck as loaded from {@code slides/<id>.md}.
 *
 * @param minutes the time the deck is planned for, shown beside the presenter's timer; 0 if not given
 * @param labs ids of the labs the deck leads to, e.g. {@code L1}
 */
public record Deck(String id, String title, int minutes, List<String> labs, List<Slide> slides) {

	public Deck {
		labs = List.copyOf(labs);
		slides = List.copyOf(slides);
	}

	public int size() {
		return slides.size();
	}
}
