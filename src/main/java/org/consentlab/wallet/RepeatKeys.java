package org.consentlab.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.consentlab.credential.jose.Base64Url;

/**
 * The key by which the wallet knows a form posted again (a retry after a lost connection, or the
 * form sent again from the browser's history): SHA-256 over the parts that name what the form was
 * for, in base64url, so 43 characters whatever a verifier or an issuer sent.
 */
final class RepeatKeys {

	private RepeatKeys() {}

	static String of(String... parts) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha256.update(part.getBytes(StandardCharsets.UTF_8));
				sha256.update((byte) 0);
			}
			return Base64Url.encode(sha256.digest());
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}
}
