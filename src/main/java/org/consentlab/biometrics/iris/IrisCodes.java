package org.consentlab.biometrics.iris;

import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * Synthetic IrisCodes, each derived only from (seed, subject, capture), so any code can be
 * recreated on demand without storing it.
 *
 * <p>An enrolment is the subject's 249 random phase blocks (see {@link IrisLayout}). A later
 * capture flips a share f of those blocks, with f ~ N(0.11, 0.065) truncated to [0, 0.5] (the
 * genuine model of /sources#iris-model, a model value), and turns the eye by −3 … +3 blocks, so the
 * distance to the enrolment after the right rotation is f.
 */
public final class IrisCodes {

	/** The stream of {@link Seeds} that iris codes draw from. */
	static final long IRIS = 0x1815L;

	/** SPREAD[x] has byte i all ones when bit i of x is set: eight phase blocks at once. */
	private static final long[] SPREAD = new long[256];

	private static final long LAST_WORD_BLOCKS = -1L >>> (64 - 8 * (((IrisLayout.BLOCKS - 1) & 7) + 1));

	static {
		for (int x = 0; x < SPREAD.length; x++) {
			for (int i = 0; i < 8; i++) {
				if ((x >>> i & 1) != 0) {
					SPREAD[x] |= 0xFFL << (i * 8);
				}
			}
		}
	}

	private IrisCodes() {}

	/**
	 * The enrolled code of {@code subject} (bits only; the mask is the shared one): block b is bit
	 * b mod 64 of the (b / 64)-th random long. A lab's gallery makes one per person (millions), so
	 * each code byte is looked up from the eight random bits it spreads rather than set bit by bit.
	 */
	public static long[] enrolmentBits(long seed, long subject) {
		SplittableRandom random = Seeds.random(seed, IRIS, subject);
		long[] words = new long[IrisLayout.WORDS];
		long draw = 0;
		for (int w = 0; w < IrisLayout.WORDS; w++) {
			int firstBlock = w * 8;
			if (firstBlock >= IrisLayout.BLOCKS) {
				break;
			}
			if ((firstBlock & 63) == 0) {
				draw = random.nextLong();
			}
			words[w] = SPREAD[(int) ((draw >>> (firstBlock & 63)) & 0xFF)];
		}
		// The last visible word holds fewer than eight blocks: the eyelid's bytes stay zero.
		words[(IrisLayout.BLOCKS - 1) >>> 3] &= LAST_WORD_BLOCKS;
		return words;
	}

	/** The enrolled code of {@code subject} with the shared mask. */
	public static IrisCode enrolment(long seed, long subject) {
		return IrisCode.withSharedMask(enrolmentBits(seed, subject));
	}

	/** A fresh capture (number {@code capture} ≥ 1) of the same eye: noisy and slightly turned. */
	public static IrisCode capture(long seed, long subject, int capture) {
		SplittableRandom random = Seeds.random(seed, IRIS, subject, capture);
		long[] words = enrolmentBits(seed, subject);
		int flips = (int) Math.round(genuineShare(random) * IrisLayout.BLOCKS);
		int[] order = shuffledBlocks(random);
		for (int i = 0; i < flips; i++) {
			int b = order[i];
			words[b >>> 3] ^= 0xFFL << ((b & 7) * 8);
		}
		int tilt = random.nextInt(-IrisLayout.MAX_ROTATION, IrisLayout.MAX_ROTATION + 1);
		return IrisCode.withSharedMask(IrisLayout.rotate(words, tilt));
	}

	/** One draw of the genuine model N(0.11, 0.065) truncated to [0, 0.5] (a model value). */
	static double genuineShare(SplittableRandom random) {
		while (true) {
			double f = IrisModel.GENUINE_MEAN + IrisModel.GENUINE_SD * random.nextGaussian();
			if (f >= 0 && f <= 0.5) {
				return f;
			}
		}
	}

	private static int[] shuffledBlocks(SplittableRandom random) {
		int[] order = new int[IrisLayout.BLOCKS];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}
}
