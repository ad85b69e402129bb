package org.consentlab.web;

/** A request body over the configured limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException() {
		super("request body too large");
	}
}
