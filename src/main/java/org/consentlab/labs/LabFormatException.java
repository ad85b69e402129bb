package org.consentlab.labs;

/** A lab file that cannot be used: says which file and what is wrong, so an author can fix it. */
public class LabFormatException extends RuntimeException {

	public LabFormatException(String source, String problem) {
		super(source + ": " + problem);
	}

	public LabFormatException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}
}
