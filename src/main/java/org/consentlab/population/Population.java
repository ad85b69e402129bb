package org.consentlab.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.consentlab.biometrics.BiometricException;
import org.consentlab.biometrics.BiometricException.Problem;
import org.consentlab.biometrics.CancellationToken;
import org.consentlab.biometrics.Require;
import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.Seeds;

/**
 * A synthetic population generated from a seed: the same (seed, size) gives the same people on
 * any machine and any number of cores, because each family tree ({@link Clan}) is drawn from
 * (seed, clan number) alone and trees are numbered in order. People live in primitive columns
 * (about 40 bytes each, so a million fit in 40 MB); {@link #person(int)} builds the full record,
 * documents included, on demand. Biometric templates come from {@link PopulationBiometrics}.
 */
public final class Population {

	/** "Today" in the simulation: ages, passports and the story are fixed to this date. */
	public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	/** Solo mode's default size. */
	public static final int DEFAULT_SIZE = 10_000;

	/** The largest population the simulation generates (the one-million identification galleries). */
	public static final int MAX_SIZE = 1_000_000;

	final long seed;

	final int size;

	final int[] given;

	final int[] family;

	final byte[] sex;

	final int[] birth;

	final byte[] nationality;

	final byte[] residence;

	final int[] mother;

	final int[] father;

	final int[] household;

	final int[] clan;

	private final Kinship kinship;

	private Population(long seed, int size) {
		this.seed = seed;
		this.size = size;
		this.given = new int[size];
		this.family = new int[size];
		this.sex = new byte[size];
		this.birth = new int[size];
		this.nationality = new byte[size];
		this.residence = new byte[size];
		this.mother = new int[size];
		this.father = new int[size];
		this.household = new int[size];
		this.clan = new int[size];
		this.kinship = new Kinship(this);
	}

	/** The default 10,000 people of solo mode. */
	public static Population generate(long seed) {
		return generate(seed, DEFAULT_SIZE, SearchProgress.NONE);
	}

	/** {@code size} people from {@code seed}, reporting progress (people placed so far) per batch. */
	public static Population generate(long seed, int size, SearchProgress progress) {
		return generate(seed, size, progress, CancellationToken.none());
	}

	/**
	 * As {@link #generate(long, int, SearchProgress)}, checking {@code cancellation} between
	 * batches: once it is cancelled, generation stops and throws {@link CancellationException}.
	 */
	public static Population generate(long seed, int size, SearchProgress progress, CancellationToken cancellation) {
		Require.inRange(size, 1, MAX_SIZE, Problem.SIZE_OUT_OF_RANGE, "The number of people in a population");
		Population population = new Population(seed, size);
		int filled = 0;
		int nextClan = 0;
		while (filled < size) {
			if (cancellation.isCancelled()) {
				throw new CancellationException("Population generation was cancelled after " + filled + " people.");
			}
			int batch = Math.max(256, (size - filled) / 8 + 16);
			int first = nextClan;
			Clan[] clans = IntStream.range(first, first + batch)
					.parallel()
					.mapToObj(k -> Clan.draw(seed, k))
					.toArray(Clan[]::new);
			for (int k = 0; k < clans.length && filled < size; k++) {
				filled = population.place(clans[k], first + k, filled);
			}
			nextClan += batch;
			progress.update(filled, size);
		}
		population.kinship.index();
		return population;
	}

	private int place(Clan clan, int clanNumber, int offset) {
		int n = Math.min(clan.size, this.size - offset);
		for (int i = 0; i < n; i++) {
			int id = offset + i;
			this.given[id] = clan.given[i];
			this.family[id] = clan.family[i];
			this.sex[id] = clan.sex[i];
			this.birth[id] = clan.birth[i];
			this.nationality[id] = clan.nationality[i];
			this.residence[id] = clan.residence[i];
			this.mother[id] = clan.mother[i] < 0 ? Person.NOBODY : offset + clan.mother[i];
			this.father[id] = clan.father[i] < 0 ? Person.NOBODY : offset + clan.father[i];
			this.household[id] = offset + clan.household[i];
			this.clan[id] = clanNumber;
		}
		return offset + n;
	}

	public long seed() {
		return this.seed;
	}

	public int size() {
		return this.size;
	}

	/** The full record of person {@code id}, made on demand. */
	public Person person(int id) {
		return PersonFactory.make(this, checkId(id));
	}

	/** Every person, in id order (records made on demand). */
	public List<Person> people() {
		List<Person> all = new ArrayList<>(this.size);
		for (int id = 0; id < this.size; id++) {
			all.add(person(id));
		}
		return all;
	}

	/** Relatives of person {@code id}, from parents to cousins. */
	public FamilyTies family(int id) {
		return this.kinship.ties(checkId(id));
	}

	/** Children of person {@code id}. */
	public int[] children(int id) {
		return this.kinship.children(checkId(id));
	}

	public Sex sex(int id) {
		return Sex.values()[this.sex[checkId(id)]];
	}

	public LocalDate birthDate(int id) {
		return LocalDate.ofEpochDay(this.birth[checkId(id)]);
	}

	public Country nationality(int id) {
		return Country.values()[this.nationality[checkId(id)]];
	}

	/** Where person {@code id} lives. */
	public Country residence(int id) {
		return Country.values()[this.residence[checkId(id)]];
	}

	/** The seed of all biometric templates of this population (iris, face, DNA), derived from the seed. */
	public long biometricSeed() {
		return Seeds.derive(this.seed, 0xB10L);
	}

	int checkId(int id) {
		if (id < 0 || id >= this.size) {
			throw new BiometricException(
					Problem.PARAMETER_OUT_OF_RANGE,
					"There is no person with id " + id + "; ids run from 0 to " + (this.size - 1) + ".");
		}
		return id;
	}
}
