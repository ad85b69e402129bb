package org.consentlab.credential.verify;

import java.util.Locale;
import java.util.ResourceBundle;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The learner-facing explanation of each {@link VerificationErrorCode}, from the message bundle
 * {@code i18n/credential} (the web app reads the same bundle through its MessageSource).
 */
public final class Explanations {

	/** The base name of the bundle. */
	public static final String BUNDLE = "i18n/credential";

	private Explanations() {}

	/** The explanation of {@code code} in {@code locale}, falling back to English. */
	public static String of(VerificationErrorCode code, Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale).getString(code.messageKey());
	}

	/** The explanation of {@code code} in English. */
	public static String of(VerificationErrorCode code) {
		return of(code, Locale.ROOT);
	}
}
