package org.consentlab.biometrics;

/**
 * The binomial distribution through the regularised incomplete beta function, in the continuous
 * form /sources#iris-model uses for Daugman's iris model: P(K ≤ k) = I_{1−p}(n − k, k + 1) for real k.
 */
public final class Binomial {

	private Binomial() {}

	/** P(K ≤ k) for K ~ Binomial(n, p), with k allowed to be fractional (continuous form). */
	public static double cdf(double k, double n, double p) {
		if (k < 0) {
			return 0;
		}
		if (k >= n) {
			return 1;
		}
		return regularisedBeta(1 - p, n - k, k + 1);
	}

	/** The regularised incomplete beta function I_x(a, b) (Numerical Recipes continued fraction). */
	static double regularisedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
		if (x < (a + 1) / (a + b + 2)) {
			return Math.exp(logFront) * continuedFraction(x, a, b) / a;
		}
		return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
	}

	private static double continuedFraction(double x, double a, double b) {
		double tiny = 1e-300;
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / (Math.abs(d) < tiny ? tiny : d);
		double h = d;
		for (int m = 1; m <= 10_000; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 / nonZero(1 + aa * d, tiny);
			c = nonZero(1 + aa / c, tiny);
			h *= d * c;
			aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 / nonZero(1 + aa * d, tiny);
			c = nonZero(1 + aa / c, tiny);
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < 1e-15) {
				break;
			}
		}
		return h;
	}

	private static double nonZero(double v, double tiny) {
		return Math.abs(v) < tiny ? tiny : v;
	}

	/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, relative error about 10⁻¹⁵). */
	static double logGamma(double x) {
		double[] g = {
			0.99999999999980993,
			676.5203681218851,
			-1259.1392167224028,
			771.32342877765313,
			-176.61502916214059,
			12.507343278686905,
			-0.13857109526572012,
			9.9843695780195716e-6,
			1.5056327351493116e-7
		};
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double xx = x - 1;
		double sum = g[0];
		for (int i = 1; i < g.length; i++) {
			sum += g[i] / (xx + i);
		}
		double t = xx + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(sum);
	}
}
