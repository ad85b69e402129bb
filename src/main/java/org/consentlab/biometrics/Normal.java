package org.consentlab.biometrics;

/**
 * The standard normal distribution: tail probabilities accurate far into the tail (needed for
 * false-match rates of 10⁻⁶ and below) and the quantile function z(p).
 */
public final class Normal {

	private static final double SQRT2 = Math.sqrt(2);

	private Normal() {}

	/** P(Z > z) for a standard normal Z. */
	public static double upperTail(double z) {
		return 0.5 * erfc(z / SQRT2);
	}

	/** P(Z ≤ z) for a standard normal Z. */
	public static double cdf(double z) {
		return 0.5 * erfc(-z / SQRT2);
	}

	/**
	 * The z with P(Z > z) = p, e.g. {@code upperQuantile(1e-5) ≈ 4.265}. Acklam's rational
	 * approximation refined by two Newton steps on {@link #upperTail}.
	 */
	public static double upperQuantile(double p) {
		Require.probability(p, "The tail probability");
		double z = -acklam(p);
		for (int i = 0; i < 2; i++) {
			double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
			z += (upperTail(z) - p) / density;
		}
		return z;
	}

	/** Complementary error function, Chebyshev fit with fractional error below 1.2 × 10⁻⁷ everywhere. */
	static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double poly = -z * z
				- 1.26551223
				+ t
						* (1.00002368
								+ t
										* (0.37409196
												+ t
														* (0.09678418
																+ t
																		* (-0.18628806
																				+ t
																						* (0.27886807
																								+ t
																										* (-1.13520398
																												+ t
																														* (1.48851587
																																+ t
																																		* (-0.82215223
																																				+ t
																																						* 0.17087277))))))));
		double ans = t * Math.exp(poly);
		return x >= 0 ? ans : 2 - ans;
	}

	private static double acklam(double p) {
		double[] a = {
			-3.969683028665376e+01,
			2.209460984245205e+02,
			-2.759285104469687e+02,
			1.383577518672690e+02,
			-3.066479806614716e+01,
			2.506628277459239e+00
		};
		double[] b = {
			-5.447609879822406e+01,
			1.615858368580409e+02,
			-1.556989798598866e+02,
			6.680131188771972e+01,
			-1.328068155288572e+01
		};
		double[] c = {
			-7.784894002430293e-03,
			-3.223964580411365e-01,
			-2.400758277161838e+00,
			-2.549732539343734e+00,
			4.374664141464968e+00,
			2.938163982698783e+00
		};
		double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
		if (p < 0.02425 || p > 1 - 0.02425) {
			double q = Math.sqrt(-2 * Math.log(p < 0.5 ? p : 1 - p));
			double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
			return p < 0.5 ? x : -x;
		}
		double q = p - 0.5;
		double r = q * q;
		return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
				* q
				/ (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	}
}
