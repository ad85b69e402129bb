package org.consentlab.registry.policy;

import static org.consentlab.registry.DataCategory.ADDRESS;
import static org.consentlab.registry.DataCategory.EMPLOYER;
import static org.consentlab.registry.DataCategory.FACE;
import static org.consentlab.registry.DataCategory.FINGERPRINTS;
import static org.consentlab.registry.DataCategory.PASSPORT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;

/**
 * Who may read which categories of the profile, year by year. Each year only adds: that is function
 * creep. The years follow the dated steps of the real plan (airport experiment 2024, nationwide
 * capture and the digital-profile decree 2025, the profile live in 2026, a movement-tracking system
 * planned for 2027); which agency gets what in each year is this simulation's model, not a
 * published list.
 */
public final class AccessPolicy {

	public static final int FIRST_YEAR = 2024;

	public static final int LAST_YEAR = 2027;

	private final Map<Agency, Set<DataCategory>> access;

	private AccessPolicy(Map<Agency, Set<DataCategory>> access) {
		this.access = access;
	}

	/** The policy in force in a simulated year (clamped to 2024–2027). */
	public static AccessPolicy inYear(int year) {
		Map<Agency, Set<DataCategory>> access = new EnumMap<>(Agency.class);
		access.put(Agency.MIGRATION_SERVICE, EnumSet.allOf(DataCategory.class));
		access.put(Agency.POLICE, EnumSet.of(PASSPORT, FACE, FINGERPRINTS, ADDRESS));
		if (year >= 2025) {
			access.put(Agency.BANK, EnumSet.of(PASSPORT, FACE, FINGERPRINTS));
			access.put(Agency.TAX_OFFICE, EnumSet.of(PASSPORT, ADDRESS, EMPLOYER));
			access.put(Agency.METRO_CAMERA, EnumSet.of(FACE));
		}
		if (year >= 2026) {
			access.put(Agency.EMPLOYER, EnumSet.of(PASSPORT, FACE, FINGERPRINTS));
			access.put(Agency.SIM_SHOP, EnumSet.of(PASSPORT, FACE, FINGERPRINTS));
		}
		if (year >= 2027) {
			access.put(Agency.HOTEL, EnumSet.of(PASSPORT, FACE, FINGERPRINTS));
			access.put(Agency.LANDLORD, EnumSet.of(PASSPORT, FINGERPRINTS, ADDRESS));
		}
		return new AccessPolicy(Collections.unmodifiableMap(access));
	}

	/** A policy as written by hand (lab L6): only the listed agencies, with the listed data. */
	public static AccessPolicy of(Map<Agency, Set<DataCategory>> access) {
		Map<Agency, Set<DataCategory>> copy = new EnumMap<>(Agency.class);
		access.forEach((agency, categories) -> {
			if (!categories.isEmpty()) {
				copy.put(agency, Collections.unmodifiableSet(EnumSet.copyOf(categories)));
			}
		});
		return new AccessPolicy(Collections.unmodifiableMap(copy));
	}

	public Map<Agency, Set<DataCategory>> access() {
		return access;
	}

	/** True when the agency may read the category under this policy. */
	public boolean allows(Agency agency, DataCategory category) {
		return access.getOrDefault(agency, Set.of()).contains(category);
	}

	/** How many parties may read at least one of these categories about a person. */
	public long partiesReadingAnyOf(Set<DataCategory> held) {
		return access.values().stream()
				.filter(categories -> categories.stream().anyMatch(held::contains))
				.count();
	}

	/** How many parties may read this category about a person. */
	public long partiesWithAccessTo(DataCategory category) {
		return access.values().stream()
				.filter(categories -> categories.contains(category))
				.count();
	}
}
