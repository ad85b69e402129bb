package org.consentlab.classroom;

import java.security.SecureRandom;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Instructor accounts. There is no default one: the first is made from the command line, with a
 * password the person types or one generated here and shown once.
 */
@Service
public class Instructors {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final SecureRandom random = new SecureRandom();

	Instructors(Accounts accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** Creates an instructor; throws {@link org.consentlab.web.BadInputException} for a bad name or password. */
	public Account add(String username, String password) {
		return accounts.create(
				Credentials.username(username), encoder.encode(Credentials.password(password)), Role.INSTRUCTOR, null);
	}

	/** A 20-character password from a CSPRNG (about 116 bits). */
	public String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
