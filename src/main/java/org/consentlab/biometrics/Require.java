package org.consentlab.biometrics;

import org.consentlab.biometrics.BiometricException.Problem;

/** Argument checks that fail with a learner-readable {@link BiometricException}. */
public final class Require {

	private Require() {}

	/** Checks {@code min <= value <= max}; {@code what} names the value in the message. */
	public static double inRange(double value, double min, double max, Problem problem, String what) {
		if (!(value >= min && value <= max)) {
			throw new BiometricException(
					problem, what + " must be between " + min + " and " + max + ", but it was " + value + ".");
		}
		return value;
	}

	/** Checks {@code min <= value <= max} for counts such as gallery sizes. */
	public static long inRange(long value, long min, long max, Problem problem, String what) {
		if (value < min || value > max) {
			throw new BiometricException(
					problem, what + " must be between " + min + " and " + max + ", but it was " + value + ".");
		}
		return value;
	}

	/** Checks a probability lies strictly between 0 and 1. */
	public static double probability(double p, String what) {
		if (!(p > 0 && p < 1)) {
			throw new BiometricException(
					Problem.PARAMETER_OUT_OF_RANGE,
					what + " is a probability and must be above 0 and below 1, but it was " + p + ".");
		}
		return p;
	}
}
