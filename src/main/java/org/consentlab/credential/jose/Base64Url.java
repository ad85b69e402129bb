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

	private Base64Url() {
	}

	public static String encode(byte[] bytes) {
		return ENCODER.encodeToString(bytes);
	}

	/** The bytes of a canonical base64url text; {@link IllegalArgumentException} for any other text. */
	public static byte[] decode(String text) {
		if (text.indexOf('=') >= 0) {
			throw new IllegalArgumentException("padding");
		}
		byte[] bytes = DECODER.decode(text);
		if (!ENCODER.encodeToString(bytes).equals(text)) {
			throw new IllegalArgumentException("not canonical");
		}
		return bytes;
	}

}
