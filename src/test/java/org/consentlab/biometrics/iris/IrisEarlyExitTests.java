package org.consentlab.biometrics.iris;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consentlab.biometrics.Candidate;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.junit.jupiter.api.Test;

/**
 * The rotation scan drops a code after its first 24 words when every partial distance is already
 * over the limit. These codes sit exactly at that edge. The probe is all zeros, so every rotation
 * of it is too, and a code's distance is simply its number of set bits.
 */
class IrisEarlyExitTests {

	/** ⌊0.32 × 1,992⌋ disagreeing bits: the most a candidate may have at the verification threshold. */
	private static final int LIMIT = 637;

	private static final int HEAD_WORDS = 24;

	/** Visible bits after the first 24 words: 7 full words and the one visible byte of the last. */
	private static final int TAIL_BITS = IrisLayout.VALID_BITS - HEAD_WORDS * 64;

	private static final IrisCode ZERO_PROBE = IrisCode.withSharedMask(new long[IrisLayout.WORDS]);

	// Spread over three scan chunks (4,096 codes each), at both ends of a chunk. An instance field:
	// the gallery is built on several threads that call back into this class, which must therefore
	// be initialised already.
	private final IrisGallery gallery = IrisGallery.of(10_000, IrisEarlyExitTests::bitsOf, SearchProgress.NONE);

	@Test
	void searchWhenDistanceEqualsLimitWithinFirstWordsThenKept() {
		assertThat(indices(this.gallery
						.search(ZERO_PROBE, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
						.candidates()))
				.containsExactly(0, 4_096, 9_999);
	}

	@Test
	void searchAtOneAlignmentWhenSameGalleryThenSameCandidates() {
		assertThat(indices(this.gallery
						.searchSingleAlignment(ZERO_PROBE, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
						.candidates()))
				.containsExactly(0, 4_096, 9_999);
	}

	@Test
	void searchWhenCandidateThenScoreIsItsBitsOverValidBits() {
		List<Candidate> found = this.gallery
				.search(ZERO_PROBE, IrisModel.VERIFICATION_THRESHOLD, SearchOptions.top(10))
				.candidates();
		assertThat(found).extracting(Candidate::score).containsOnly((double) LIMIT / IrisLayout.VALID_BITS);
	}

	private static long[] bitsOf(int index) {
		switch (index) {
			case 0: // exactly the limit, all in the words read before the early exit
				return bits(LIMIT, 0);
			case 1: // one bit over, all in the first words: dropped at the early exit
				return bits(LIMIT + 1, 0);
			case 4_095: // passes the early exit check, but the last words push it over the limit
				return bits(600, 100);
			case 4_096: // exactly the limit, split across the early exit
				return bits(400, LIMIT - 400);
			case 9_998: // at the limit after 24 words, one over after all 32
				return bits(LIMIT, 1);
			case 9_999: // exactly the limit, with every visible bit of the last words disagreeing
				return bits(LIMIT - TAIL_BITS, TAIL_BITS);
			default: // every visible bit disagrees: distance 1
				return bits(HEAD_WORDS * 64, TAIL_BITS);
		}
	}

	/** A code with {@code head} set bits from word 0 and {@code tail} set bits from word 24. */
	private static long[] bits(int head, int tail) {
		long[] words = new long[IrisLayout.WORDS];
		setBits(words, 0, head);
		setBits(words, HEAD_WORDS, tail);
		return words;
	}

	private static void setBits(long[] words, int fromWord, int count) {
		for (int i = 0; i < count; i++) {
			words[fromWord + i / 64] |= 1L << (i % 64);
		}
	}

	private static List<Integer> indices(List<Candidate> candidates) {
		return candidates.stream().map(Candidate::galleryIndex).toList();
	}
}
