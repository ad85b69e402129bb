package org.consentlab.labs.registry;

import static org.consentlab.registry.DataCategory.ADDRESS;
import static org.consentlab.registry.DataCategory.FACE;
import static org.consentlab.registry.DataCategory.FINGERPRINTS;
import static org.consentlab.registry.DataCategory.PASSPORT;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;

/**
 * L6: a purpose of the learner's own for one party, which replaces that party's row of the purposes
 * table, so the policy to save differs from a classmate's and has to be judged, not copied. Each
 * scenario needs something other than the table's row (purpose limitation and data minimisation,
 * GDPR Art. 5(1)(b) and (c)); which data it needs is this course's model, as the table is. The
 * scenario's words are in {@code registry.properties} under {@code lab.L6.scenario.<name>}.
 */
enum PurposeScenario {
	POLICE_PASSPORT_HOLDER(Agency.POLICE, EnumSet.of(PASSPORT, FACE)),
	POLICE_PERSON_WITHOUT_PAPERS(Agency.POLICE, EnumSet.of(PASSPORT, FINGERPRINTS)),
	POLICE_SUMMONS(Agency.POLICE, EnumSet.of(PASSPORT, ADDRESS)),
	BANK_ACCOUNT_IN_PERSON(Agency.BANK, EnumSet.of(PASSPORT, FACE)),
	BANK_STATEMENT_BY_POST(Agency.BANK, EnumSet.of(PASSPORT, ADDRESS)),
	HOTEL_ROOM_KEY(Agency.HOTEL, EnumSet.noneOf(DataCategory.class)),
	EMPLOYER_PAYSLIP_BY_POST(Agency.EMPLOYER, EnumSet.of(PASSPORT, ADDRESS)),
	EMPLOYER_FIRST_DAY(Agency.EMPLOYER, EnumSet.of(PASSPORT, FACE)),
	TAX_NEW_TAXPAYER(Agency.TAX_OFFICE, EnumSet.of(PASSPORT, ADDRESS)),
	LANDLORD_VIEWING(Agency.LANDLORD, EnumSet.noneOf(DataCategory.class)),
	SIM_REPLACEMENT_CARD(Agency.SIM_SHOP, EnumSet.of(PASSPORT, FACE)),
	METRO_LOST_PROPERTY(Agency.METRO_CAMERA, EnumSet.of(PASSPORT, ADDRESS));

	private final Agency agency;

	private final Set<DataCategory> needs;

	PurposeScenario(Agency agency, Set<DataCategory> needs) {
		this.agency = agency;
		this.needs = needs;
	}

	/** The learner's scenario, drawn from their seed. */
	static PurposeScenario of(long learnerSeed) {
		return values()[new SplittableRandom(learnerSeed ^ 0x4C36_5055_5250L).nextInt(values().length)];
	}

	Agency agency() {
		return agency;
	}

	Set<DataCategory> needs() {
		return needs.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(needs);
	}

	String messageKey() {
		return "lab.L6.scenario." + name();
	}
}
