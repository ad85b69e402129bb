package org.consentlab.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two usernames are the same person's: after Unicode NFKC (UAX #15) and lower case in the root
 * locale, so {@code Ada}, {@code ada} and {@code ＡＤＡ} are one name, whatever the server's language.
 * The database keeps this key under a unique index; the spelling the person chose stays for display.
 */
public final class Usernames {

	/** Longest name considered: longer input cannot name an account and is cut before anything else. */
	public static final int MAX_CHARS = 64;

	private Usernames() {}

	public static String key(String username) {
		String name = username == null ? "" : username;
		if (name.length() > MAX_CHARS) {
			name = name.substring(0, MAX_CHARS);
		}
		return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}
}
