package org.consentlab.web;

/**
 * A request a learner sent cannot be used as it is. Rendered as a 400 page naming the field and
 * what is wrong with it, from the message bundle.
 *
 * @param field the form field at fault
 * @param messageKey the explanation's key in the message bundle
 */
public class BadInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public BadInputException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
