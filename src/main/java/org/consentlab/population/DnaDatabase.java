package org.consentlab.population;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.Candidate;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchResult;
import org.consentlab.biometrics.dna.FamilialSearch;
import org.consentlab.biometrics.dna.Relationship;
import org.consentlab.biometrics.dna.StrDatabase;
import org.consentlab.biometrics.dna.StrPopulation;
import org.consentlab.biometrics.dna.StrProfile;

/**
 * A "genomic registration" database over a population (lab L4): the STR profiles of the people
 * enrolled at a given coverage (the same enrolment as {@link FamilyReach}), searched familially
 * with the pooled NIST 1036 frequencies. Candidates come back as person ids.
 */
public final class DnaDatabase {

	private final int[] personIds;

	private final FamilialSearch search;

	private DnaDatabase(int[] personIds, StrDatabase profiles) {
		this.personIds = personIds;
		this.search = profiles == null ? null : new FamilialSearch(profiles, StrPopulation.ALL);
	}

	/** Enrols each person with probability {@code coverage}, decided by (seed, person) as in {@link FamilyReach}. */
	public static DnaDatabase enrol(Population population, double coverage, long seed) {
		Objects.requireNonNull(population);
		Require.inRange(coverage, 0, 1, Problem.PARAMETER_OUT_OF_RANGE, "The database coverage (a share of people)");
		int[] ids = IntStream.range(0, population.size()).filter(id -> FamilyReach.enrolled(seed, id, coverage)).toArray();
		PopulationBiometrics biometrics = new PopulationBiometrics(population);
		return new DnaDatabase(ids, ids.length == 0 ? null : StrDatabase.of(ids.length, i -> biometrics.dna(ids[i])));
	}

	/** Ids of the people in the database. */
	public int[] enrolledIds() {
		return this.personIds.clone();
	}

	/** True when person {@code id} is in the database. */
	public boolean contains(int id) {
		return Arrays.binarySearch(this.personIds, id) >= 0;
	}

	/** Familial search: enrolled people whose kinship index with {@code probe} is at least {@code minIndex}. */
	public List<Candidate> search(StrProfile probe, Relationship relationship, double minIndex, SearchOptions options) {
		if (this.search == null) {
			return List.of();
		}
		SearchResult result = this.search.search(probe, relationship, minIndex, options);
		return result.candidates().stream()
			.map(c -> new Candidate(this.personIds[c.galleryIndex()], c.score()))
			.toList();
	}

}
