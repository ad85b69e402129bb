package org.consentlab.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.consentlab.account.ConsentLabProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals a private key before it is stored and opens it when read: envelope encryption (Tink's
 * {@link KmsEnvelopeAead}), a fresh AES-256-GCM data key per value wrapped by the
 * {@link KeyEncryptionKey}. The associated data names the row the value belongs to (table, owner,
 * key id), so a sealed key copied into another row does not open. At start-up the KEK must open the
 * database's check value, written the first time: a different KEK stops the app with a clear message
 * instead of every signature failing later.
 */
@Component
public class PrivateKeySealer {

	/** What a sealed value starts with; anything else in a key column is plaintext from before sealing. */
	public static final String PREFIX = "sealed:v1:";

	private static final String CHECK = "consentlab key-encryption check";

	private final Aead envelope;

	PrivateKeySealer(
			ConsentLabProperties properties,
			JdbcClient jdbc,
			@Value("${consentlab.key-encryption-key:}") String key,
			@Value("${consentlab.key-encryption-key-file:}") String file) {
		try {
			AeadConfig.register();
			Path path = file.isBlank() ? null : Path.of(file);
			this.envelope = KmsEnvelopeAead.create(
					PredefinedAeadParameters.AES256_GCM, KeyEncryptionKey.load(key, path, properties.solo()));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Tink's AES-256-GCM data keys are always available", e);
		}
		check(jdbc);
	}

	/** The sealed form of {@code plaintext}, bound to {@code context} (e.g. {@code ISSUER_KEY/pid/kid}). */
	public String seal(String plaintext, String context) {
		try {
			return PREFIX
					+ Base64.getEncoder()
							.encodeToString(envelope.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(context)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("sealing with AES-GCM cannot fail", e);
		}
	}

	/** The plaintext of a value {@link #seal sealed} with the same context; a tampered value is refused. */
	public String open(String sealed, String context) {
		if (!isSealed(sealed)) {
			throw new IllegalStateException("a private key in " + context + " is not sealed");
		}
		try {
			byte[] ciphertext = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			return new String(envelope.decrypt(ciphertext, ad(context)), StandardCharsets.UTF_8);
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException(
					"the private key in " + context + " does not open with this key-encryption key");
		}
	}

	/** Whether a stored value is sealed (or plaintext from before sealing, to be sealed on start). */
	public static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/** The first start stores a sealed check value; every later start must open it. */
	private void check(JdbcClient jdbc) {
		List<String> stored = jdbc.sql("SELECT SEALED FROM KEY_ENCRYPTION_CHECK WHERE ID = 1")
				.query(String.class)
				.list();
		if (stored.isEmpty()) {
			try {
				jdbc.sql("INSERT INTO KEY_ENCRYPTION_CHECK (ID, SEALED, CREATED_AT) VALUES (1, ?, ?)")
						.params(seal(CHECK, "KEY_ENCRYPTION_CHECK"), Timestamp.from(Instant.now()))
						.update();
				return;
			} catch (DataAccessException anotherInstanceWroteItFirst) {
				stored = jdbc.sql("SELECT SEALED FROM KEY_ENCRYPTION_CHECK WHERE ID = 1")
						.query(String.class)
						.list();
			}
		}
		try {
			if (CHECK.equals(open(stored.get(0), "KEY_ENCRYPTION_CHECK"))) {
				return;
			}
		} catch (IllegalStateException wrongKey) {
			// reported below
		}
		throw new KeyEncryptionException(
				"The key-encryption key is not the one this database's private keys were sealed with.",
				"Start the app with the key-encryption key it used before (CONSENTLAB_KEY_ENCRYPTION_KEY or "
						+ "consentlab.key-encryption-key-file). Without it the sealed keys cannot be opened: "
						+ "credentials they signed will not verify again.");
	}

	private static byte[] ad(String context) {
		return context.getBytes(StandardCharsets.UTF_8);
	}
}
