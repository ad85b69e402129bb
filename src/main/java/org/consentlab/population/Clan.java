package org.consentlab.population;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * One family tree drawn from (seed, clan number) alone: a grandparent couple, their children
 * (some married, to spouses from outside the clan), and grandchildren — so siblings, cousins,
 * aunts and uncles all exist. Members are listed parents first; links are local indices.
 */
final class Clan {

	static final int MAX_MEMBERS = 2 + 4 * (2 + 3);

	private static final long CLAN = 0xC1A7L;

	private static final int EARLIEST_BIRTH = (int) LocalDate.of(1938, 1, 1).toEpochDay();

	private static final int LAST_DAY = (int) Population.REFERENCE_DATE.toEpochDay();

	final int[] given = new int[MAX_MEMBERS];

	final int[] family = new int[MAX_MEMBERS];

	final byte[] sex = new byte[MAX_MEMBERS];

	final int[] birth = new int[MAX_MEMBERS];

	final byte[] nationality = new byte[MAX_MEMBERS];

	final byte[] residence = new byte[MAX_MEMBERS];

	final int[] mother = new int[MAX_MEMBERS];

	final int[] father = new int[MAX_MEMBERS];

	final int[] household = new int[MAX_MEMBERS];

	private final int[] lastBirth = new int[MAX_MEMBERS];

	int size;

	private final SplittableRandom random;

	private Clan(long seed, long number) {
		this.random = Seeds.random(seed, CLAN, number);
	}

	static Clan draw(long seed, long number) {
		Clan clan = new Clan(seed, number);
		clan.grow();
		return clan;
	}

	private void grow() {
		Country home = Country.pick(this.random.nextDouble());
		Country lives = residence(home);
		int grandfather = founder(home, Sex.MALE, EARLIEST_BIRTH + this.random.nextInt(365 * 30), lives, -1);
		int grandmother = founder(
				spouseCountry(home),
				Sex.FEMALE,
				this.birth[grandfather] + this.random.nextInt(-1_800, 1_800),
				lives,
				grandfather);
		int children = 1 + this.random.nextInt(4);
		for (int c = 0; c < children; c++) {
			int child = child(grandmother, grandfather, grandfather);
			if (child >= 0 && age(child) >= 22 && this.random.nextInt(4) != 0) {
				marry(child);
			} else if (child >= 0 && age(child) >= 25) {
				this.household[child] = child;
			}
		}
	}

	private void marry(int member) {
		this.household[member] = member;
		Sex other = this.sex[member] == 0 ? Sex.MALE : Sex.FEMALE;
		int spouse = founder(
				spouseCountry(Country.values()[this.nationality[member]]),
				other,
				this.birth[member] + this.random.nextInt(-1_800, 1_800),
				Country.values()[this.residence[member]],
				member);
		int mum = other == Sex.FEMALE ? spouse : member;
		int dad = other == Sex.FEMALE ? member : spouse;
		int kids = this.random.nextInt(4);
		for (int k = 0; k < kids; k++) {
			child(mum, dad, member);
		}
	}

	/**
	 * Adds a child of mum and dad born when mum was 20–40 and at least 14 months after her previous
	 * child, or returns −1 if that falls after the reference date or past her 45th year.
	 */
	private int child(int mum, int dad, int home) {
		int born = this.birth[mum] + 365 * 20 + this.random.nextInt(365 * 20);
		if (this.lastBirth[mum] != 0) {
			born = Math.max(born, this.lastBirth[mum] + 425);
		}
		if (born > LAST_DAY || born > this.birth[mum] + 365 * 45) {
			return -1;
		}
		this.lastBirth[mum] = born;
		int i = add(
				this.random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
				this.family[dad],
				born,
				this.nationality[dad],
				this.residence[home]);
		this.mother[i] = mum;
		this.father[i] = dad;
		this.household[i] = home;
		return i;
	}

	private int founder(Country country, Sex sex, int born, Country lives, int partner) {
		NameBook.Origin origin = NameBook.get().origin(country.nameOrigin());
		int i = add(sex, pick(origin.family()), Math.min(born, LAST_DAY - 365 * 18), (byte) country.ordinal(), (byte)
				lives.ordinal());
		this.mother[i] = -1;
		this.father[i] = -1;
		this.household[i] = partner < 0 ? i : partner;
		return i;
	}

	private int add(Sex sex, int familyName, int born, byte nationality, byte residence) {
		int i = this.size++;
		NameBook.Origin origin = NameBook.get().origin(Country.values()[nationality].nameOrigin());
		this.given[i] = pick(sex == Sex.FEMALE ? origin.female() : origin.male());
		this.family[i] = familyName;
		this.sex[i] = (byte) sex.ordinal();
		this.birth[i] = born;
		this.nationality[i] = nationality;
		this.residence[i] = residence;
		return i;
	}

	private Country residence(Country home) {
		boolean abroad = this.random.nextInt(100) < (home == Country.RUSSIA ? 35 : 50);
		if (!abroad) {
			return home;
		}
		if (home != Country.RUSSIA) {
			return Country.RUSSIA;
		}
		Country other = Country.pick(this.random.nextDouble());
		return other == Country.RUSSIA ? Country.GERMANY : other;
	}

	private Country spouseCountry(Country home) {
		return this.random.nextInt(100) < 80 ? home : Country.pick(this.random.nextDouble());
	}

	private int age(int i) {
		return (LAST_DAY - this.birth[i]) / 365;
	}

	private int pick(int[] options) {
		return options[this.random.nextInt(options.length)];
	}
}
