package org.consentlab.web.security;

/**
 * A deployment setting that would leave the app open in a way its mode forbids (solo mode on a
 * network address, classroom mode on plain HTTP): the app refuses to start and says how to fix it.
 */
public final class StartupRefusedException extends RuntimeException {

	private final String action;

	StartupRefusedException(String problem, String action) {
		super(problem, null, false, false);
		this.action = action;
	}

	/** What the person starting the app can do instead. */
	public String action() {
		return action;
	}
}
