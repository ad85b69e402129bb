package org.consentlab.biometrics.iris;

import java.util.Arrays;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;

/**
 * A 2,048-bit IrisCode with its mask (ones where the iris was visible; the occluded bytes of
 * {@link IrisLayout} are always masked), compared by fractional
 * Hamming distance: the share of disagreeing bits among the bits both masks allow (Daugman, "How
 * Iris Recognition Works / search page", http://www.cl.cam.ac.uk/~jgd1000/search.html).
 */
public record IrisCode(long[] bits, long[] mask) {

	public IrisCode {
		if (bits == null || mask == null || bits.length != IrisLayout.WORDS || mask.length != IrisLayout.WORDS) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE,
					"An iris code has exactly 2,048 bits (32 words of 64 bits) and a mask of the same size.");
		}
		long[] visible = IrisLayout.sharedMask();
		mask = mask.clone();
		bits = bits.clone();
		for (int i = 0; i < bits.length; i++) {
			mask[i] &= visible[i];
			bits[i] &= mask[i];
		}
		if (validBits(mask) == 0) {
			throw new BiometricException(
					Problem.MALFORMED_PROBE, "This iris code's mask hides every bit, so there is nothing to compare.");
		}
	}

	/** A code captured with the shared synthetic mask (see {@link IrisLayout}). */
	public static IrisCode withSharedMask(long[] bits) {
		return new IrisCode(bits, IrisLayout.sharedMask());
	}

	@Override
	public long[] bits() {
		return this.bits.clone();
	}

	@Override
	public long[] mask() {
		return this.mask.clone();
	}

	/** Fractional Hamming distance at the current alignment: 0 = identical, ≈0.5 = unrelated. */
	public double distance(IrisCode other) {
		int differing = 0;
		int compared = 0;
		for (int i = 0; i < IrisLayout.WORDS; i++) {
			long both = this.mask[i] & other.mask[i];
			differing += Long.bitCount((this.bits[i] ^ other.bits[i]) & both);
			compared += Long.bitCount(both);
		}
		return compared == 0 ? 0.5 : (double) differing / compared;
	}

	/** The smallest distance over the 7 relative rotations −3 … +3 blocks, as Daugman's matcher does. */
	public double bestDistance(IrisCode other) {
		double best = 1;
		for (int shift = -IrisLayout.MAX_ROTATION; shift <= IrisLayout.MAX_ROTATION; shift++) {
			best = Math.min(best, rotate(shift).distance(other));
		}
		return best;
	}

	/** This code and its mask turned by {@code blocks} phase blocks. */
	public IrisCode rotate(int blocks) {
		return new IrisCode(IrisLayout.rotate(this.bits, blocks), IrisLayout.rotate(this.mask, blocks));
	}

	/** True when the mask is the one every synthetic capture shares. */
	public boolean hasSharedMask() {
		return IrisLayout.isSharedMask(this.mask);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof IrisCode other
				&& Arrays.equals(this.bits, other.bits)
				&& Arrays.equals(this.mask, other.mask);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.bits) + Arrays.hashCode(this.mask);
	}

	@Override
	public String toString() {
		return "IrisCode[" + validBits(this.mask) + " visible bits]";
	}

	private static int validBits(long[] mask) {
		int n = 0;
		for (long m : mask) {
			n += Long.bitCount(m);
		}
		return n;
	}
}
