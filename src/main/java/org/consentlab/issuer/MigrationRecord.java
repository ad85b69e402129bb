package org.consentlab.issuer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.sandbox.Persona;

/**
 * What the migration service knows of a learner's persona, the same for both of its documents:
 * the name, birthdate and nationality of the personal ID, why the person came, whether they may work,
 * and for whom. Drawn from the learner's seed, so the same learner always gets the same permits.
 */
final class MigrationRecord {

	static final String ISSUER_ID = "migration";

	static final String NAME_KEY = "issuer.migration.name";

	/** Permits count from this day, like ages on the personal ID. */
	private static final LocalDate ISSUED = LocalDate.of(2026, 1, 1);

	private static final String[] EMPLOYERS = {
		"Northbridge Logistics", "Eastmere Care Homes", "Harbour Foods", "Lakeside Software", "Westfold Builders"
	};

	private final Map<String, Object> person;

	private final String reason;

	private final SplittableRandom random;

	private MigrationRecord(Account learner) {
		Map<String, Object> pid = new PersonalId().claims(learner);
		this.person = new LinkedHashMap<>();
		for (String name : List.of("given_name", "family_name", "birthdate", "nationalities")) {
			person.put(name, pid.get(name));
		}
		this.reason = Persona.of(learner.seed()).reason();
		this.random = new SplittableRandom(learner.seed() ^ 0x4d494752L);
	}

	static MigrationRecord of(Account learner) {
		return new MigrationRecord(learner);
	}

	/** The residence permit: why the person may stay, until when, and whether that includes work. */
	Map<String, Object> residencePermit() {
		Map<String, Object> claims = new LinkedHashMap<>(person);
		claims.put("document_number", String.format("RP%07d", random.nextInt(10_000_000)));
		claims.put("permit_type", "residence_" + reason);
		claims.put("right_to_work", !"retiree".equals(reason));
		claims.put("valid_until", ISSUED.plusYears(2 + random.nextInt(3)).toString());
		return claims;
	}

	/** The work permit: the right to work for one employer, until a date. */
	Map<String, Object> workPermit() {
		random.nextInt(10_000_000);
		Map<String, Object> claims = new LinkedHashMap<>(person);
		claims.put("document_number", String.format("WP%07d", random.nextInt(10_000_000)));
		claims.put("permit_type", "work_single_employer");
		claims.put("right_to_work", true);
		claims.put("employer", EMPLOYERS[random.nextInt(EMPLOYERS.length)]);
		claims.put("valid_until", ISSUED.plusYears(1 + random.nextInt(2)).toString());
		return claims;
	}

	/** Every claim selectively disclosable: a permit shows what a check needs, nothing more. */
	static List<ClaimPath> disclosable(Map<String, Object> claims) {
		List<ClaimPath> paths = new ArrayList<>();
		claims.keySet().forEach(name -> paths.add(ClaimPath.of(name)));
		return paths;
	}
}
