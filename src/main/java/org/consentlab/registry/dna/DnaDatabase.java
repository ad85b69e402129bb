package org.consentlab.registry.dna;

import java.util.List;
import java.util.SplittableRandom;
import org.consentlab.biometrics.SearchOptions;
import org.consentlab.biometrics.SearchResult;
import org.consentlab.biometrics.Seeds;
import org.consentlab.biometrics.dna.FamilialSearch;
import org.consentlab.biometrics.dna.Relationship;
import org.consentlab.biometrics.dna.StrDatabase;
import org.consentlab.biometrics.dna.StrPopulation;
import org.consentlab.biometrics.dna.StrProfile;
import org.consentlab.population.FamilyReach;
import org.consentlab.population.Population;
import org.consentlab.population.PopulationBiometrics;
import org.consentlab.registry.RegistryWorld;
import org.springframework.stereotype.Service;

/**
 * Lab L4: the Registry's DNA database (everyone "genomically registered": a share of the shared
 * population, drawn by {@link FamilyReach#enrolled}), a crime-scene sample per learner from someone
 * who never gave DNA, and the familial search (/sources#dna-kinship) that finds their relatives.
 */
@Service
public class DnaDatabase {

	/** The share of the population whose DNA the Registry holds in this lab. */
	public static final double COVERAGE = 0.10;

	/** The kinship-index threshold of the search (/sources#dna-kinship uses SI > 100). */
	public static final double MIN_INDEX = 100;

	private final RegistryWorld world;

	private volatile int[] members;

	private volatile StrDatabase database;

	DnaDatabase(RegistryWorld world) {
		this.world = world;
	}

	/** One candidate of a familial search: a person in the database and log₁₀ of their kinship index. */
	public record Lead(int personId, double log10Index) {}

	/** The person whose sample the learner's crime scene holds: not in the database, with a relative who is. */
	public int sampleOf(long learnerSeed) {
		Population people = world.population();
		SplittableRandom random = Seeds.random(learnerSeed, 0xD4AL);
		while (true) {
			int id = random.nextInt(people.size());
			if (!enrolled(id) && people.family(id).firstDegree().stream().anyMatch(this::enrolled)) {
				List<Lead> leads = search(id);
				if (!leads.isEmpty() && isRelativeOf(id, leads.get(0).personId())) {
					return id;
				}
			}
		}
	}

	/** The sample's STR profile, as the lab shows it. */
	public StrProfile sample(int personId) {
		return world.biometrics().dna(personId);
	}

	/** Database entries whose parent–child or full-sibling index with the sample is at least 100, best first. */
	public List<Lead> search(int samplePersonId) {
		StrProfile probe = sample(samplePersonId);
		FamilialSearch search = new FamilialSearch(database(), StrPopulation.ALL);
		SearchResult pc = search.search(probe, Relationship.PARENT_CHILD, MIN_INDEX, SearchOptions.top(10));
		SearchResult sib = search.search(probe, Relationship.FULL_SIBLINGS, MIN_INDEX, SearchOptions.top(10));
		int[] ids = members();
		java.util.Map<Integer, Double> best = new java.util.HashMap<>();
		pc.candidates().forEach(c -> best.merge(ids[c.galleryIndex()], c.score(), Math::max));
		sib.candidates().forEach(c -> best.merge(ids[c.galleryIndex()], c.score(), Math::max));
		return best.entrySet().stream()
				.map(e -> new Lead(e.getKey(), e.getValue()))
				.sorted(java.util.Comparator.comparingDouble(Lead::log10Index).reversed())
				.toList();
	}

	public boolean enrolled(int personId) {
		return FamilyReach.enrolled(RegistryWorld.POPULATION_SEED, personId, COVERAGE);
	}

	public boolean isRelativeOf(int personId, int candidate) {
		return world.population().family(personId).firstDegree().contains(candidate);
	}

	/**
	 * The coverage of the learner's reach assignment: 1.0 % to 5.0 % in steps of 0.1, from their
	 * seed. With {@link #reach(double, long)} drawing the database from the same seed, neighbours
	 * count different databases and get different shares.
	 */
	public static double assignedCoveragePercent(long learnerSeed) {
		return (10 + Seeds.random(learnerSeed, 0x5EAL).nextInt(41)) / 10.0;
	}

	/** Who a database covering {@code coverage}, drawn with the learner's {@code seed}, reaches. */
	public FamilyReach.Result reach(double coverage, long seed) {
		return FamilyReach.at(world.population(), coverage, seed);
	}

	/** Who a database covering {@code coverage} of the population reaches through first-degree relatives. */
	public FamilyReach.Result reach(double coverage) {
		return FamilyReach.at(world.population(), coverage, RegistryWorld.POPULATION_SEED);
	}

	/** How many people the database holds. */
	public int size() {
		return members().length;
	}

	private int[] members() {
		int[] m = this.members;
		if (m == null) {
			Population people = world.population();
			m = java.util.stream.IntStream.range(0, people.size())
					.filter(this::enrolled)
					.toArray();
			this.members = m;
		}
		return m;
	}

	private synchronized StrDatabase database() {
		if (this.database == null) {
			int[] ids = members();
			PopulationBiometrics biometrics = world.biometrics();
			this.database = StrDatabase.of(ids.length, i -> biometrics.dna(ids[i]));
		}
		return this.database;
	}
}
