package org.consentlab.credential.sdjwt;

/**
 * Bounds on what a parser accepts before doing any real work, so that hostile input (a megabyte of
 * tildes, ten thousand disclosures, JSON nested a thousand deep) is rejected in bounded time and
 * memory (RFC 9901 §7 leaves these limits to the implementation).
 *
 * @param maxLength longest accepted serialization, in characters
 * @param maxDisclosures most disclosures in one SD-JWT
 * @param maxJsonDepth deepest nesting of arrays and objects in any JSON part
 */
public record ParseLimits(int maxLength, int maxDisclosures, int maxJsonDepth) {

	/** 256 KiB, 1,000 disclosures, depth 32: far above any real credential. */
	public static final ParseLimits DEFAULT = new ParseLimits(256 * 1024, 1000, 32);

	public ParseLimits {
		if (maxLength < 1 || maxDisclosures < 0 || maxJsonDepth < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}
}
