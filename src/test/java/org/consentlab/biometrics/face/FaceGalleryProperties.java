package org.consentlab.biometrics.face;

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

/** The parallel face scan returns what a brute-force loop returns (same kernel arithmetic per entry). */
class FaceGalleryProperties {

	@Property(tries = 15)
	void searchWhenAnyGalleryThenSameAsBruteForce(
			@ForAll @IntRange(min = 1, max = 5_000) int size,
			@ForAll long seed,
			@ForAll @IntRange(min = 0, max = 4_999) int subject,
			@ForAll @DoubleRange(min = -0.2, max = 0.9) double threshold,
			@ForAll @IntRange(min = 1, max = 40) int k) {
		FaceGallery gallery = FaceGallery.synthetic(seed, size, FacePreset.MID_FIELD_VENDOR, SearchProgress.NONE);
		float[] probe = FaceEmbeddings.capture(seed, subject % size, 1, FacePreset.MID_FIELD_VENDOR);
		List<Candidate> all = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			float score = FaceKernels.dot(FaceEmbeddings.enrolment(seed, i, FacePreset.MID_FIELD_VENDOR), 0, probe);
			if (score >= (float) threshold) {
				all.add(new Candidate(i, score));
			}
		}
		all.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingInt(Candidate::galleryIndex));
		List<Candidate> expected = all.subList(0, Math.min(k, all.size()));
		assertThat(gallery.search(probe, threshold, SearchOptions.top(k)).candidates())
				.isEqualTo(expected);
	}
}
