package org.consentlab.issuer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/** The university's diploma: degree, field, institution, year awarded and the graduate's name, each disclosable. */
@Component
class Diploma implements CredentialType {

	static final String VCT = "urn:consentlab:diploma:1";

	private static final String[] DEGREES = {
		"Bachelor of Science", "Bachelor of Arts", "Master of Science", "Master of Arts"
	};

	private static final String[] FIELDS = {
		"Computer Science", "Nursing", "Civil Engineering", "History", "Economics", "Biology"
	};

	@Override
	public String issuerId() {
		return "university";
	}

	@Override
	public String nameKey() {
		return "issuer.university.name";
	}

	@Override
	public String documentKey() {
		return "issuer.university.diploma";
	}

	@Override
	public String configurationId() {
		return "diploma_sd_jwt";
	}

	@Override
	public String vct() {
		return VCT;
	}

	@Override
	public Map<String, Object> claims(Account learner) {
		Persona persona = Persona.of(learner.seed());
		SplittableRandom random = new SplittableRandom(learner.seed() ^ 0x554e4956L);
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("given_name", persona.givenName());
		claims.put("family_name", persona.familyName());
		claims.put("degree", DEGREES[random.nextInt(DEGREES.length)]);
		claims.put("field_of_study", FIELDS[random.nextInt(FIELDS.length)]);
		claims.put("institution", "University of Northbridge");
		int graduatedAge = Math.min(persona.age(), 22 + random.nextInt(4));
		claims.put("year_awarded", 2026 - persona.age() + graduatedAge);
		return claims;
	}

	@Override
	public List<ClaimPath> claimPaths() {
		return Stream.of("given_name", "family_name", "degree", "field_of_study", "institution", "year_awarded")
				.map(ClaimPath::of)
				.toList();
	}

	@Override
	public List<ClaimPath> disclosable(Map<String, Object> claims) {
		List<ClaimPath> paths = new ArrayList<>();
		claims.keySet().forEach(name -> paths.add(ClaimPath.of(name)));
		return paths;
	}
}
