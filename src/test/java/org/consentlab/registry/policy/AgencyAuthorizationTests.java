package org.consentlab.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.junit.jupiter.api.Test;

/**
 * Every agency role under every policy version: a query for one kind of data is allowed exactly
 * when that year's policy lists the agency for it, and a refused query names the data at fault.
 */
class AgencyAuthorizationTests {

	@Test
	void authorizeWhenAnyAgencyAnyCategoryAnyYearThenMatchesThePolicyTable() {
		for (int year = AccessPolicy.FIRST_YEAR; year <= AccessPolicy.LAST_YEAR; year++) {
			AccessPolicy policy = AccessPolicy.inYear(year);
			AgencyAuthorization rules = new AgencyAuthorization(policy);
			for (Agency agency : Agency.values()) {
				for (DataCategory category : DataCategory.values()) {
					Optional<DataCategory> refusal = rules.refusal(query(agency, EnumSet.of(category)));
					assertThat(refusal.isEmpty())
							.as("%s reading %s in %d", agency, category, year)
							.isEqualTo(policy.allows(agency, category));
				}
			}
		}
	}

	@Test
	void authorizeWhenOneOfSeveralCategoriesIsOutsideThePolicyThenRefusedForThatOne() {
		AgencyAuthorization rules = new AgencyAuthorization(AccessPolicy.inYear(2027));
		assertThat(rules.refusal(query(Agency.HOTEL, EnumSet.of(DataCategory.PASSPORT, DataCategory.DNA))))
				.contains(DataCategory.DNA);
	}

	@Test
	void authorizeWhenPolicyGrowsThenNoAgencyLosesAccess() {
		for (int year = AccessPolicy.FIRST_YEAR; year < AccessPolicy.LAST_YEAR; year++) {
			AccessPolicy before = AccessPolicy.inYear(year);
			AccessPolicy after = AccessPolicy.inYear(year + 1);
			for (Agency agency : Agency.values()) {
				for (DataCategory category : DataCategory.values()) {
					if (before.allows(agency, category)) {
						assertThat(after.allows(agency, category))
								.as("%s %s from %d", agency, category, year)
								.isTrue();
					}
				}
			}
		}
	}

	@Test
	void authenticateWhenAgencyThenHoldsItsOneAuthority() {
		assertThat(AgencyAuthorization.authenticate(Agency.POLICE).getAuthorities())
				.extracting(Object::toString)
				.containsExactly("AGENCY_POLICE");
	}

	private static RegistryQuery query(Agency agency, EnumSet<DataCategory> categories) {
		return new RegistryQuery(
				agency,
				1,
				"Test Person",
				"Test place",
				LocalDateTime.of(2026, 3, 2, 10, 0),
				categories,
				"test",
				RegistryQuery.Need.ONE_FACT,
				RegistryQuery.Mode.YES_NO);
	}
}
