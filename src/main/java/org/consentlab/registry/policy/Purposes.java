package org.consentlab.registry.policy;

import static org.consentlab.registry.DataCategory.ADDRESS;
import static org.consentlab.registry.DataCategory.EMPLOYER;
import static org.consentlab.registry.DataCategory.FACE;
import static org.consentlab.registry.DataCategory.FINGERPRINTS;
import static org.consentlab.registry.DataCategory.PASSPORT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;

/**
 * Each party's stated purpose and the data that purpose needs: the yardstick of purpose limitation
 * (GDPR Art. 5(1)(b)) in lab L6. Which data each purpose needs is this simulation's model; the
 * purposes are those of the checks in the simulated week. A party with no data listed has no
 * purpose that needs the Registry at all (a fare gate needs a ticket, not a face).
 */
public final class Purposes {

	private static final Map<Agency, Set<DataCategory>> NEEDS = needs();

	private Purposes() {}

	/** The data an agency's purpose needs. */
	public static Set<DataCategory> needs(Agency agency) {
		return NEEDS.get(agency);
	}

	/** The policy that follows purpose limitation exactly. */
	public static AccessPolicy policy() {
		return AccessPolicy.of(NEEDS);
	}

	private static Map<Agency, Set<DataCategory>> needs() {
		Map<Agency, Set<DataCategory>> needs = new EnumMap<>(Agency.class);
		needs.put(Agency.MIGRATION_SERVICE, EnumSet.of(PASSPORT, FACE, FINGERPRINTS, ADDRESS, EMPLOYER));
		needs.put(Agency.POLICE, EnumSet.of(PASSPORT, FACE, FINGERPRINTS));
		needs.put(Agency.BANK, EnumSet.of(PASSPORT));
		needs.put(Agency.TAX_OFFICE, EnumSet.of(PASSPORT, ADDRESS, EMPLOYER));
		needs.put(Agency.METRO_CAMERA, EnumSet.noneOf(DataCategory.class));
		needs.put(Agency.EMPLOYER, EnumSet.of(PASSPORT));
		needs.put(Agency.SIM_SHOP, EnumSet.of(PASSPORT));
		needs.put(Agency.HOTEL, EnumSet.of(PASSPORT));
		needs.put(Agency.LANDLORD, EnumSet.of(PASSPORT));
		return needs;
	}
}
