package org.consentlab.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The key-encryption key (KEK): 32 random bytes, base64, that wrap every data key. It comes from
 * {@code consentlab.key-encryption-key} (e.g. the environment variable
 * {@code CONSENTLAB_KEY_ENCRYPTION_KEY}) or from the file {@code consentlab.key-encryption-key-file}.
 * Classroom mode needs one of them; solo mode makes the file on first start, readable by its owner
 * only (0600), next to the database under {@code ./data}.
 */
final class KeyEncryptionKey {

	static final int BYTES = 32;

	private KeyEncryptionKey() {}

	/** The KEK as a Tink AEAD; {@code value} wins over {@code file}; {@code generate} makes a missing file. */
	static Aead load(String value, Path file, boolean generate) {
		String text;
		String source;
		if (value != null && !value.isBlank()) {
			text = value;
			source = "consentlab.key-encryption-key";
		} else if (file != null && (Files.exists(file) || generate)) {
			text = generate ? readOrCreate(file) : read(file);
			source = file.toString();
		} else {
			throw new KeyEncryptionException(
					"Classroom mode needs a key-encryption key to keep the private keys in the database sealed.",
					"Make one with 'openssl rand -base64 32' and give it to the app as the environment variable "
							+ "CONSENTLAB_KEY_ENCRYPTION_KEY, or write it to a file only the app can read and set "
							+ "consentlab.key-encryption-key-file=/path/to/it (see docs/security-and-tls.md).");
		}
		return aead(decode(text.strip(), source));
	}

	private static byte[] decode(String text, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		} catch (IllegalArgumentException e) {
			bytes = new byte[0];
		}
		if (bytes.length != BYTES) {
			throw new KeyEncryptionException(
					"The key-encryption key from " + source + " is not 32 bytes in base64.",
					"Make one with 'openssl rand -base64 32' (keep the old one if the database already holds keys"
							+ " sealed with it).");
		}
		return bytes;
	}

	private static Aead aead(byte[] bytes) {
		try {
			AesGcmParameters parameters = AesGcmParameters.builder()
					.setKeySizeBytes(BYTES)
					.setIvSizeBytes(12)
					.setTagSizeBytes(16)
					.setVariant(AesGcmParameters.Variant.NO_PREFIX)
					.build();
			return AesGcmJce.create(AesGcmKey.builder()
					.setParameters(parameters)
					.setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
					.build());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII);
		} catch (IOException e) {
			throw new KeyEncryptionException(
					"The key-encryption key file " + file + " cannot be read.",
					"Check the path in consentlab.key-encryption-key-file and that the app's user may read it.");
		}
	}

	/** Solo mode: the first start writes a fresh key, owner-only, never through an existing file or link. */
	private static String readOrCreate(Path file) {
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return read(file);
		}
		byte[] key = new byte[BYTES];
		new SecureRandom().nextBytes(key);
		String text = Base64.getEncoder().encodeToString(key) + "\n";
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
			if (posix) {
				Files.createFile(
						file,
						PosixFilePermissions.asFileAttribute(Set.of(
								java.nio.file.attribute.PosixFilePermission.OWNER_READ,
								java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
			} else {
				Files.createFile(file);
			}
			Files.writeString(
					file, text, StandardCharsets.US_ASCII, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
			return text;
		} catch (FileAlreadyExistsException anotherStartWonTheRace) {
			return read(file);
		} catch (IOException e) {
			throw new KeyEncryptionException(
					"The key-encryption key file " + file + " cannot be created.",
					"Check that the app may write to " + file.toAbsolutePath().getParent() + ".");
		}
	}
}
