package org.consentlab.web;

/**
 * Something a learner asked for by id does not exist (a lab, a task, a class, a deck). Rendered as a
 * 404 page that names what was not found.
 *
 * @param kind message key of the kind of thing, e.g. {@code notfound.lab}
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String id;

	public NotFoundException(String kind, String id) {
		super(kind + " not found: " + id);
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return kind;
	}

	public String id() {
		return id;
	}
}
