package org.consentlab.credential.vc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.consentlab.credential.vc.IntegrityMismatchException.Reason;

/**
 * An "integrity metadata" string of W3C Subresource Integrity (SRI §3.1, §3.5), as SD-JWT VC §6
 * uses it for {@code vct#integrity}: one or more {@code <alg>-<base64 digest>} separated by
 * spaces, with {@code alg} one of {@code sha256}, {@code sha384} and {@code sha512}. A document
 * matches when one of the digests of the strongest algorithm listed is the digest of its bytes
 * (SRI §3.3.5). Options after {@code ?} are ignored, as SRI says.
 */
public final class Integrity {

	/** The longest integrity string read: three SHA-512 digests fit. */
	public static final int MAX_LENGTH = 512;

	/** The hash functions of SRI §3.2, weakest first. */
	public enum Algorithm {
		SHA256("sha256", "SHA-256"),
		SHA384("sha384", "SHA-384"),
		SHA512("sha512", "SHA-512");

		private final String token;

		private final String jca;

		Algorithm(String token, String jca) {
			this.token = token;
			this.jca = jca;
		}

		/** The prefix as written in an integrity string, e.g. {@code sha256}. */
		public String token() {
			return token;
		}

		byte[] digest(byte[] bytes) {
			try {
				return MessageDigest.getInstance(jca).digest(bytes);
			} catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(jca + " is missing from the JDK", ex);
			}
		}
	}

	/** One {@code alg-digest} of the string. */
	public record Digest(Algorithm algorithm, byte[] value) {

		public Digest {
			value = value.clone();
		}

		@Override
		public byte[] value() {
			return value.clone();
		}

		@Override
		public String toString() {
			return algorithm.token + "-" + Base64.getEncoder().encodeToString(value);
		}
	}

	private final List<Digest> digests;

	private Integrity(List<Digest> digests) {
		this.digests = List.copyOf(digests);
	}

	/** The integrity string of {@code bytes} with one {@code algorithm}: what an issuer puts in {@code vct#integrity}. */
	public static Integrity of(byte[] bytes, Algorithm algorithm) {
		return new Integrity(List.of(new Digest(algorithm, algorithm.digest(bytes))));
	}

	/**
	 * Reads an integrity string. Tokens with an algorithm SRI does not name are skipped (SRI §3.3.3);
	 * a string left with none, or with a digest of the wrong length, is refused: trusting a document
	 * because its pin could not be read would make the pin worthless.
	 */
	public static Integrity parse(String text) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new IntegrityMismatchException(Reason.MALFORMED, "empty or longer than " + MAX_LENGTH);
		}
		List<Digest> digests = new ArrayList<>();
		for (String token : text.strip().split("[ \\t\\n\\r\\f]+")) {
			int dash = token.indexOf('-');
			if (dash < 1) {
				throw new IntegrityMismatchException(Reason.MALFORMED, "a token has no alg- prefix");
			}
			Algorithm algorithm = algorithm(token.substring(0, dash));
			if (algorithm == null) {
				continue;
			}
			String encoded = token.substring(dash + 1);
			int options = encoded.indexOf('?');
			byte[] value;
			try {
				value = Base64.getDecoder().decode(options < 0 ? encoded : encoded.substring(0, options));
			} catch (IllegalArgumentException ex) {
				throw new IntegrityMismatchException(Reason.MALFORMED, "a digest is not base64");
			}
			if (value.length != algorithm.digest(new byte[0]).length) {
				throw new IntegrityMismatchException(
						Reason.MALFORMED, "a " + algorithm.token + " digest has the wrong length");
			}
			digests.add(new Digest(algorithm, value));
		}
		if (digests.isEmpty()) {
			throw new IntegrityMismatchException(Reason.NO_KNOWN_ALGORITHM, "no sha256, sha384 or sha512 digest");
		}
		return new Integrity(digests);
	}

	private static Algorithm algorithm(String token) {
		for (Algorithm algorithm : Algorithm.values()) {
			if (algorithm.token.equals(token.toLowerCase(Locale.ROOT))) {
				return algorithm;
			}
		}
		return null;
	}

	/** SRI §3.3.5: whether {@code bytes} has one of the digests of the strongest algorithm listed. */
	public boolean matches(byte[] bytes) {
		Algorithm strongest =
				digests.stream().map(Digest::algorithm).max(Enum::compareTo).orElseThrow();
		byte[] actual = strongest.digest(bytes);
		return digests.stream()
				.filter(digest -> digest.algorithm() == strongest)
				.anyMatch(digest -> MessageDigest.isEqual(digest.value, actual));
	}

	/** Refuses {@code bytes} that do not {@linkplain #matches match}. */
	public void check(byte[] bytes) {
		if (!matches(bytes)) {
			throw new IntegrityMismatchException(Reason.MISMATCH, "the document's digest is not " + this);
		}
	}

	public List<Digest> digests() {
		return digests;
	}

	/** The integrity string, digests separated by a space. */
	@Override
	public String toString() {
		return String.join(" ", digests.stream().map(Digest::toString).toList());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Integrity that && toString().equals(that.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}
}
