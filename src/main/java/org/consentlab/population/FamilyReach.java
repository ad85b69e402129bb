package org.consentlab.population;

import java.util.Objects;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.Seeds;

/**
 * How far a DNA database reaches beyond the people in it (lab L4). Each person is enrolled with
 * probability {@code coverage}, decided by (seed, person) so the answer is reproducible; a person
 * who is not enrolled is <em>reachable</em> when at least one first-degree relative (parent,
 * child or full sibling — the relatives an STR familial search detects, /sources#dna-kinship) is.
 */
public final class FamilyReach {

	private FamilyReach() {}

	/** The outcome: how many were enrolled, and how many others a familial search could reach. */
	public record Result(double coverage, int population, int enrolled, int reachableThroughRelatives) {

		/** Share of the people not in the database who have a first-degree relative in it. */
		public double reachableShareOfOthers() {
			int others = this.population - this.enrolled;
			return others == 0 ? 0 : (double) this.reachableThroughRelatives / others;
		}

		/** Share of everyone who is either in the database or reachable through a relative. */
		public double exposedShare() {
			return (double) (this.enrolled + this.reachableThroughRelatives) / this.population;
		}
	}

	/** Enrols a {@code coverage} share of the population and counts who is reachable through relatives. */
	public static Result at(Population population, double coverage, long seed) {
		Objects.requireNonNull(population);
		Require.inRange(coverage, 0, 1, Problem.PARAMETER_OUT_OF_RANGE, "The database coverage (a share of people)");
		boolean[] enrolled = new boolean[population.size()];
		int count = 0;
		for (int id = 0; id < enrolled.length; id++) {
			enrolled[id] = enrolled(seed, id, coverage);
			count += enrolled[id] ? 1 : 0;
		}
		int reachable = 0;
		for (int id = 0; id < enrolled.length; id++) {
			if (!enrolled[id] && population.family(id).firstDegree().stream().anyMatch(r -> enrolled[r])) {
				reachable++;
			}
		}
		return new Result(coverage, population.size(), count, reachable);
	}

	/** Whether person {@code id} is in the database of this (seed, coverage). */
	public static boolean enrolled(long seed, int id, double coverage) {
		return Seeds.random(seed, 0xE4A0L, id).nextDouble() < coverage;
	}

	/**
	 * The shape model of long-range (SNP) familial search, /sources#dna-kinship: the chance that someone
	 * has at least one detectable relative in a database covering {@code coverage} of the population
	 * is 1 − (1 − c)^N_eff. Erlich et al. 2018's two published points need different N_eff (≈101 at
	 * 0.9 % → 60 %, ≈228 at 2 % → 99 %), so this is a shape argument, not a fit.
	 */
	public static double longRangeMatchProbability(double coverage, double detectableRelatives) {
		Require.inRange(coverage, 0, 1, Problem.PARAMETER_OUT_OF_RANGE, "The database coverage (a share of people)");
		return -Math.expm1(detectableRelatives * Math.log1p(-coverage));
	}
}
