package org.consentlab.cli;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ParseLimits;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.credential.verify.Explanations;

/**
 * What the {@code sd-jwt} and {@code status} commands share: reading files or standard input
 * ({@code -}), keys and JSON, and the exit-code contract: 0 done, 1 rejected (each error printed
 * as {@code error: CODE: explanation}), 2 used the wrong way.
 */
final class CredentialCliSupport {

	static final int OK = 0;

	static final int REJECTED = 1;

	/**
	 * A command line that cannot be carried out as given: a missing file, a bad key, a bad path. It
	 * carries a key of {@code cli/messages} and its arguments, so the user reads it in their language.
	 */
	static final class UsageException extends RuntimeException {

		private final String key;

		private final transient Object[] args;

		UsageException(String key, Object... args) {
			super(key, null, false, false);
			this.key = key;
			this.args = args.clone();
		}

		String text(CliMessages messages) {
			return messages.get("usage." + key, args);
		}
	}

	private CredentialCliSupport() {}

	/** Runs a command body, turning usage problems into exit 2 and malformed input into exit 1. */
	static int guarded(PrintWriter err, IntSupplier body) {
		try {
			return body.getAsInt();
		} catch (MalformedCredentialException ex) {
			return reject(err, List.of(ex.error()));
		} catch (UsageException | IllegalArgumentException ex) {
			CliMessages messages = CliMessages.ofEnvironment();
			String problem = ex instanceof UsageException usage ? usage.text(messages) : ex.getMessage();
			err.println(messages.get("failed", problem));
			err.flush();
			return ConsentLabCommand.USAGE;
		}
	}

	/** Prints {@code error: CODE: explanation} for each error; returns exit code 1. */
	static int reject(PrintWriter err, List<VerificationError> errors) {
		Locale language = CliMessages.environmentLocale();
		CliMessages messages = CliMessages.of(language);
		for (VerificationError error : errors) {
			VerificationErrorCode code = error.code();
			err.println(messages.get("rejected", code, Explanations.of(code, language)));
		}
		err.flush();
		return REJECTED;
	}

	/** The text of {@code path}, or of standard input for {@code -}, without surrounding whitespace. */
	static String readInput(String path) {
		try {
			if ("-".equals(path)) {
				return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
			}
			return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
		} catch (IOException ex) {
			throw new UsageException("cannot-read", path);
		}
	}

	static JWK readJwk(String path) {
		try {
			return Jwks.parse(readInput(path));
		} catch (IllegalArgumentException ex) {
			throw new UsageException("not-a-jwk", path);
		}
	}

	static JWK readPrivateJwk(String path) {
		JWK key = readJwk(path);
		if (!key.isPrivate()) {
			throw new UsageException("public-key", path);
		}
		return key;
	}

	static Map<String, Object> readJsonObject(String path) {
		try {
			return Json.parseObject(
					readInput(path), ParseLimits.DEFAULT.maxJsonDepth(), VerificationErrorCode.MALFORMED_ISSUER_JWT);
		} catch (MalformedCredentialException ex) {
			throw new UsageException("not-json-object", path);
		}
	}

	/**
	 * Writes a secret (a private key) readable by its owner only: created new with mode 0600 where
	 * the file system has POSIX permissions, refusing to follow a symbolic link or to overwrite.
	 */
	static void writeSecret(Path file, String text) {
		byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
		var options = java.util.Set.<java.nio.file.OpenOption>of(
				java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE,
				java.nio.file.LinkOption.NOFOLLOW_LINKS);
		boolean posix = file.toAbsolutePath()
				.getParent()
				.getFileSystem()
				.supportedFileAttributeViews()
				.contains("posix");
		try (var channel = posix
				? Files.newByteChannel(
						file,
						options,
						java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
								java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
				: Files.newByteChannel(file, options)) {
			channel.write(java.nio.ByteBuffer.wrap(bytes));
		} catch (java.nio.file.FileAlreadyExistsException ex) {
			throw new UsageException("exists", file);
		} catch (IOException ex) {
			throw new UsageException("cannot-write", file);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
		} catch (IOException ex) {
			throw new UsageException("cannot-write", file);
		}
	}

	/** Prints one line and flushes, so the exit code and the output always agree. */
	static int print(PrintWriter out, String line) {
		out.println(line);
		out.flush();
		return OK;
	}
}
