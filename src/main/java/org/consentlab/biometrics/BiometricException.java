package org.consentlab.biometrics;

import java.util.Objects;

/**
 * A request the biometric simulation cannot carry out, with a stable {@link Problem} code and a
 * message written for a learner (it says what was wrong and what is allowed).
 */
public final class BiometricException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** The closed set of reasons a biometric request is refused. */
	public enum Problem {

		/** A threshold outside the range the score can take (e.g. a negative Hamming distance). */
		THRESHOLD_OUT_OF_RANGE,
		/** A gallery or population larger than the simulation allows. */
		SIZE_OUT_OF_RANGE,
		/** A probe of the wrong length, or with values no real template can have. */
		MALFORMED_PROBE,
		/** A probability, rate or count outside its meaningful range. */
		PARAMETER_OUT_OF_RANGE,
		/** A DNA profile, locus or allele the frequency tables do not know. */
		UNKNOWN_GENETIC_MARKER
	}

	private final Problem problem;

	public BiometricException(Problem problem, String message) {
		super(Objects.requireNonNull(message));
		this.problem = Objects.requireNonNull(problem);
	}

	/** The stable code of this refusal, for callers that map it to a page or a message key. */
	public Problem problem() {
		return this.problem;
	}
}
