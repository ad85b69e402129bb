package org.consentlab.slides;

/** A deck file that cannot be shown: names the file and the problem, so an author can fix it. */
public class DeckFormatException extends RuntimeException {

	public DeckFormatException(String source, String problem) {
		super(source + ": " + problem);
	}

	public DeckFormatException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}
}
