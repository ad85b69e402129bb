package org.consentlab.biometrics.iris;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.consentlab.biometrics.Candidate;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;

/** The parallel gallery scan returns exactly what a brute-force loop over {@link IrisCode} returns. */
class IrisGalleryProperties {

	@Property(tries = 40)
	void searchWhenAnyGalleryThenSameAsBruteForce(
			@ForAll @IntRange(min = 1, max = 9_000) int size,
			@ForAll long seed,
			@ForAll @IntRange(min = 0, max = 8_999) int subject,
			@ForAll @DoubleRange(min = 0.0, max = 0.5) double threshold,
			@ForAll @IntRange(min = 1, max = 50) int k,
			@ForAll boolean rotations) {
		IrisGallery gallery = IrisGallery.synthetic(seed, size, SearchProgress.NONE);
		IrisCode probe = IrisCodes.capture(seed, subject % size, 1);
		List<Candidate> expected = bruteForce(gallery, probe, threshold, k, rotations);
		List<Candidate> actual = (rotations
						? gallery.search(probe, threshold, SearchOptions.top(k))
						: gallery.searchSingleAlignment(probe, threshold, SearchOptions.top(k)))
				.candidates();
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i).galleryIndex()).isEqualTo(expected.get(i).galleryIndex());
			assertThat(actual.get(i).score())
					.isCloseTo(expected.get(i).score(), org.assertj.core.api.Assertions.within(1e-12));
		}
	}

	private static List<Candidate> bruteForce(
			IrisGallery gallery, IrisCode probe, double threshold, int k, boolean rotations) {
		List<Candidate> all = new ArrayList<>();
		for (int i = 0; i < gallery.size(); i++) {
			double hd = rotations ? probe.bestDistance(gallery.code(i)) : probe.distance(gallery.code(i));
			// The engine compares whole disagreeing bits: admitted when bits ≤ ⌊threshold × 1,992⌋.
			if (Math.round(hd * IrisLayout.VALID_BITS) <= Math.floor(threshold * IrisLayout.VALID_BITS + 1e-9)) {
				all.add(new Candidate(i, hd));
			}
		}
		all.sort(Comparator.comparingDouble(Candidate::score).thenComparingInt(Candidate::galleryIndex));
		return all.subList(0, Math.min(k, all.size()));
	}
}
