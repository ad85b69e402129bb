package org.consentlab.classroom;

import java.util.regex.Pattern;
import org.consentlab.web.BadInputException;

/** The rules for usernames and passwords, in one place for the join form and the command line. */
final class Credentials {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 1024;

	private Credentials() {}

	static String username(String username) {
		if (username == null || !USERNAME.matcher(username.trim()).matches()) {
			throw new BadInputException("username", "error.username");
		}
		return username.trim();
	}

	static String password(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new BadInputException("password", "error.password");
		}
		return password;
	}
}
