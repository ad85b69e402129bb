package org.consentlab.biometrics.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.SearchResult;
import org.junit.jupiter.api.Test;

class FaceGalleryTests {

	private static final FaceGallery GALLERY =
			FaceGallery.synthetic(21, 20_000, FacePreset.NIST_2020_ONE_TO_ONE, SearchProgress.NONE);

	@Test
	void embeddingsWhenRealVectorsThenModelSpread() {
		double[] genuine = new double[5_000];
		double[] impostor = new double[5_000];
		for (int i = 0; i < genuine.length; i++) {
			float[] enrolled = FaceEmbeddings.enrolment(22, i, FacePreset.NIST_2020_ONE_TO_ONE);
			genuine[i] =
					FaceEmbeddings.cosine(enrolled, FaceEmbeddings.capture(22, i, 1, FacePreset.NIST_2020_ONE_TO_ONE));
			impostor[i] =
					FaceEmbeddings.cosine(enrolled, FaceEmbeddings.enrolment(23, i, FacePreset.NIST_2020_ONE_TO_ONE));
		}
		// Model: genuine 0.70 ± 0.12, impostor 0 ± 0.0707 (FACTS.md §2.4); s.e. of the means ≤ 0.002.
		assertThat(FaceModelTests.mean(genuine)).isCloseTo(0.70, within(0.01));
		assertThat(FaceModelTests.mean(impostor)).isCloseTo(0, within(0.005));
		assertThat(FaceModelTests.sd(impostor)).isCloseTo(FaceModel.IMPOSTOR_SD, within(0.003));
	}

	@Test
	void searchWhenProbeIsRecaptureThenSubjectFirstWithItsCosine() {
		float[] probe = FaceEmbeddings.capture(21, 4321, 1, FacePreset.NIST_2020_ONE_TO_ONE);
		SearchResult result = GALLERY.search(probe, FaceModel.THRESHOLD_FMR_1E5, SearchOptions.top(3));
		assertThat(result.candidates()).first().satisfies(c -> {
			assertThat(c.galleryIndex()).isEqualTo(4321);
			assertThat(c.score())
					.isCloseTo(
							FaceEmbeddings.cosine(
									probe, FaceEmbeddings.enrolment(21, 4321, FacePreset.NIST_2020_ONE_TO_ONE)),
							within(1e-5));
		});
	}

	@Test
	void searchWhenCancelledThenNothingCompared() {
		CancellationToken token = new CancellationToken();
		token.cancel();
		SearchResult result = GALLERY.search(
				FaceEmbeddings.capture(21, 1, 1, FacePreset.NIST_2020_ONE_TO_ONE),
				0.3,
				SearchOptions.top(3).withCancellation(token));
		assertThat(result.cancelled()).isTrue();
		assertThat(result.compared()).isZero();
	}

	@Test
	void searchWhenThresholdAboveOneThenThresholdOutOfRange() {
		assertThatThrownBy(() -> GALLERY.search(
						FaceEmbeddings.capture(21, 1, 1, FacePreset.NIST_2020_ONE_TO_ONE), 1.5, SearchOptions.top(3)))
				.isInstanceOfSatisfying(
						BiometricException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.THRESHOLD_OUT_OF_RANGE));
	}

	@Test
	void searchWhenProbeNotUnitOrWrongLengthThenMalformedProbe() {
		float[] doubled = FaceEmbeddings.capture(21, 1, 1, FacePreset.NIST_2020_ONE_TO_ONE);
		for (int i = 0; i < doubled.length; i++) {
			doubled[i] *= 2;
		}
		assertThatThrownBy(() -> GALLERY.search(doubled, 0.3, SearchOptions.top(3)))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_PROBE))
				.hasMessageContaining("length 1");
		assertThatThrownBy(() -> GALLERY.search(new float[128], 0.3, SearchOptions.top(3)))
				.isInstanceOfSatisfying(
						BiometricException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_PROBE))
				.hasMessageContaining("512");
	}

	@Test
	void syntheticWhenSameSeedThenSameGallery() {
		FaceGallery again = FaceGallery.synthetic(21, 20_000, FacePreset.NIST_2020_ONE_TO_ONE, SearchProgress.NONE);
		assertThat(again.streamingSum()).isEqualTo(GALLERY.streamingSum());
	}
}
