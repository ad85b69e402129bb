package org.consentlab.biometrics.iris;

import java.util.Arrays;

/**
 * How our synthetic 2,048-bit IrisCode is laid out, and why.
 *
 * <p>Daugman found that the bits of an IrisCode are strongly correlated: impostor Hamming
 * distances over 9.1 million comparisons follow a binomial with only ≈249 degrees of freedom
 * (Pattern Recognition 36, 2003). We build that in: the code holds {@value #BLOCKS} independent
 * "phase blocks", each a random bit copied into all 8 bits of one byte (bytes 0–248). The last
 * {@value #OCCLUDED_BYTES} bytes (56 bits) are always occluded, like an eyelid, and masked out. Two
 * unrelated codes then differ in K ~ Binomial(249, ½) blocks, and their fractional Hamming distance
 * is exactly 8K / 1,992 = K / 249: Daugman's impostor model, produced by real bit operations.
 *
 * <p>A rotation of the eye turns the code by whole blocks, cyclically over the 249 blocks; the
 * occluded bytes stay where they are. Because every code shares the same mask, a gallery stores
 * only the codes (256 bytes each) and one mask, and codes keep zeros in the occluded bytes.
 */
public final class IrisLayout {

	/** Bits in an IrisCode (Daugman: 2,048 phase bits, 256 bytes). */
	public static final int BITS = 2_048;

	/** 64-bit words per code. */
	public static final int WORDS = BITS / 64;

	/** Independent phase blocks: Daugman's ≈249 degrees of freedom. */
	public static final int BLOCKS = 249;

	/** Bytes never visible (the simulated eyelid). */
	public static final int OCCLUDED_BYTES = BITS / 8 - BLOCKS;

	/** Bits compared in every comparison: 249 blocks × 8 bits. */
	public static final int VALID_BITS = BLOCKS * 8;

	/** Relative rotations tried by the matcher: −3 … +3 blocks, 7 in all. */
	public static final int MAX_ROTATION = 3;

	private static final long[] SHARED_MASK = blocksToWords(allVisible());

	private IrisLayout() {}

	/** The mask every synthetic capture shares: ones on the 249 blocks, zeros on the eyelid. */
	public static long[] sharedMask() {
		return SHARED_MASK.clone();
	}

	/** True when the mask is the shared one. */
	static boolean isSharedMask(long[] mask) {
		return Arrays.equals(mask, SHARED_MASK);
	}

	/** A code whose block b is all ones when {@code blocks[b]} is set; occluded bytes zero. */
	static long[] blocksToWords(boolean[] blocks) {
		long[] words = new long[WORDS];
		for (int b = 0; b < BLOCKS; b++) {
			if (blocks[b]) {
				words[b >>> 3] |= 0xFFL << ((b & 7) * 8);
			}
		}
		return words;
	}

	/**
	 * The code (or mask) turned by {@code shift} blocks, cyclically over the 249 visible bytes
	 * (positive: towards higher block numbers); the occluded bytes do not move.
	 */
	static long[] rotate(long[] words, int shift) {
		long[] turned = new long[WORDS];
		for (int b = 0; b < BLOCKS; b++) {
			long octet = (words[b >>> 3] >>> ((b & 7) * 8)) & 0xFFL;
			int to = Math.floorMod(b + shift, BLOCKS);
			turned[to >>> 3] |= octet << ((to & 7) * 8);
		}
		return turned;
	}

	private static boolean[] allVisible() {
		boolean[] all = new boolean[BLOCKS];
		Arrays.fill(all, true);
		return all;
	}
}
