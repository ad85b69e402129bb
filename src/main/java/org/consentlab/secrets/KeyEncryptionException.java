package org.consentlab.secrets;

/**
 * The key-encryption key is missing, unreadable, or not the one this database's private keys were
 * sealed with: the app refuses to start and says what to do, instead of failing later on a signature.
 */
public final class KeyEncryptionException extends RuntimeException {

	private final String action;

	KeyEncryptionException(String problem, String action) {
		super(problem, null, false, false);
		this.action = action;
	}

	/** What the person starting the app can do. */
	public String action() {
		return action;
	}
}
