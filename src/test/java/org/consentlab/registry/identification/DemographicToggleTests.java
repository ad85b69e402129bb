package org.consentlab.registry.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.web.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Lab L3's demographic toggle: at the same threshold, a face search within a group whose impostors
 * look more alike returns strangers far more often (NISTIR 8280's differentials, as the model sets
 * them); iris is not affected, and a made-up group is bad input.
 */
class DemographicToggleTests {

	private final Identification identification = new Identification();

	@Test
	void curveWhenGroupHasMoreFalseMatchesThenFpirIsHigherAtTheSameThreshold() {
		double threshold = 0.40;
		RateCurve reference =
				identification.curve(42, Identification.Modality.FACE, 10_000, DemographicDifferential.NONE);
		RateCurve hundred =
				identification.curve(42, Identification.Modality.FACE, 10_000, DemographicDifferential.HUNDRED_TIMES);
		assertThat(hundred.analyticFpir(threshold)).isGreaterThan(20 * reference.analyticFpir(threshold));
		assertThat(hundred.fpir(threshold)).isGreaterThan(reference.fpir(threshold));
	}

	@Test
	void curveWhenIrisThenTheGroupChangesNothing() {
		RateCurve reference =
				identification.curve(42, Identification.Modality.IRIS, 10_000, DemographicDifferential.NONE);
		RateCurve other =
				identification.curve(42, Identification.Modality.IRIS, 10_000, DemographicDifferential.HUNDRED_TIMES);
		assertThat(other.fpir(0.32)).isEqualTo(reference.fpir(0.32));
	}

	@Test
	void groupWhenUnknownThenBadInput() {
		assertThat(IdentificationController.group(" ten_times ")).isEqualTo(DemographicDifferential.TEN_TIMES);
		assertThatThrownBy(() -> IdentificationController.group("everyone")).isInstanceOf(BadInputException.class);
	}
}
