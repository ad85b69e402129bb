package org.consentlab.account;

/** Someone already has this username. */
public class UsernameTakenException extends RuntimeException {

	private final String username;

	public UsernameTakenException(String username) {
		super("username taken: " + username);
		this.username = username;
	}

	public String username() {
		return username;
	}
}
