package org.consentlab.credential.jose;

import java.util.Base64;

/**
 * base64url without padding (RFC 7515 §2, RFC 4648 §5) with the JDK's fast codec, decoding only
 * the canonical text of some bytes: no padding, no characters outside the alphabet, no unused low
 * bits set. Otherwise two different texts would carry one signature or one disclosure, and a
 * presentation could be altered without any check noticing.
 */
public final class Base64Url {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private Base64Url() {}

	public static String encode(byte[] bytes) {
		return ENCODER.encodeToString(bytes);
	}

	/** The bytes of a canonical base64url text; {@link IllegalArgumentException} for any other text. */
	public static byte[] decode(String text) {
		if (text.indexOf('=') >= 0) {
			throw new IllegalArgumentException("padding");
		}
		byte[] bytes = DECODER.decode(text);
		if (!unusedBitsAreZero(text)) {
			throw new IllegalArgumentException("not canonical");
		}
		return bytes;
	}

	/**
	 * The last character of a text whose length is 2 or 3 modulo 4 carries 4 or 2 bits that no
	 * byte uses (RFC 4648 §3.5); in the canonical text they are zero. The JDK's decoder has already
	 * checked the alphabet and refused a length of 1 modulo 4.
	 */
	private static boolean unusedBitsAreZero(String text) {
		int rest = text.length() % 4;
		if (rest == 0) {
			return true;
		}
		int unusedMask = (rest == 2) ? 0x0F : 0x03;
		return (sextet(text.charAt(text.length() - 1)) & unusedMask) == 0;
	}

	private static int sextet(char c) {
		if (c >= 'A' && c <= 'Z') {
			return c - 'A';
		}
		if (c >= 'a' && c <= 'z') {
			return c - 'a' + 26;
		}
		if (c >= '0' && c <= '9') {
			return c - '0' + 52;
		}
		return (c == '-') ? 62 : 63;
	}
}
