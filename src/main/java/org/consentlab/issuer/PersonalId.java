package org.consentlab.issuer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.sandbox.Persona;
import org.springframework.stereotype.Component;

/**
 * The national personal ID (PID): the persona's ID claims, each selectively disclosable, and the
 * address disclosable street by street (RFC 9901 §4.2.6, recursive disclosures). Claim names follow
 * the EU PID rulebook's SD-JWT VC encoding (given_name, birthdate, age_over_18 ...).
 */
@Component
class PersonalId implements CredentialType {

	static final String ID = "pid";

	static final int BATCH_SIZE = 5;

	private static final List<String> ADDRESS_PARTS = List.of("street_address", "locality", "country");

	/** Every claim a PID may carry (the persona's {@code idClaims} are some of these), in the rulebook's order. */
	private static final List<String> ALL_CLAIMS = List.of(
			"given_name",
			"family_name",
			"birth_family_name",
			"birthdate",
			"age_over_18",
			"age_over_21",
			"place_of_birth",
			"nationalities",
			"address",
			"document_number",
			"email",
			"phone_number");

	@Override
	public String issuerId() {
		return ID;
	}

	@Override
	public String nameKey() {
		return "issuer.pid.name";
	}

	@Override
	public String documentKey() {
		return "issuer.pid.document";
	}

	@Override
	public String configurationId() {
		return "pid_sd_jwt";
	}

	/** One-time credentials (OpenID4VCI 1.0 §8.2): a different one for every presentation, so verifiers cannot link them. */
	@Override
	public int batchSize() {
		return BATCH_SIZE;
	}

	@Override
	public String vct() {
		return "urn:consentlab:pid:1";
	}

	/**
	 * The persona's own data, nothing invented here: the Registry holds the same name, birth date,
	 * passport number and address, so the two worlds describe one person.
	 */
	@Override
	public Map<String, Object> claims(Account learner) {
		Persona persona = Persona.of(learner.seed());
		SplittableRandom random = new SplittableRandom(learner.seed() ^ 0x5049444c);
		Map<String, Object> claims = new LinkedHashMap<>();
		for (String name : persona.idClaims()) {
			claims.put(name, value(name, persona, random));
		}
		return claims;
	}

	private static Object value(String name, Persona persona, SplittableRandom random) {
		String country = persona.nationalityAlpha2();
		switch (name) {
			case "given_name":
				return persona.givenName();
			case "family_name":
			case "birth_family_name":
				return persona.familyName();
			case "birthdate":
				return persona.birthDate().toString();
			case "age_over_18":
				return persona.age() >= 18;
			case "age_over_21":
				return persona.age() >= 21;
			case "nationalities":
				return List.of(country);
			case "address":
				Map<String, Object> address = new LinkedHashMap<>();
				address.put("street_address", persona.address().streetAddress());
				address.put("locality", persona.address().locality());
				address.put("country", persona.address().country());
				return address;
			case "document_number":
				return persona.documentNumber();
			case "place_of_birth":
				return Map.of("country", country);
			case "email":
				return (persona.givenName() + "." + persona.familyName()).toLowerCase() + "@example.org";
			case "phone_number":
				return String.format("+999%09d", random.nextInt(1_000_000_000));
			default:
				throw new IllegalStateException("no value for PID claim " + name);
		}
	}

	@Override
	public List<ClaimPath> claimPaths() {
		List<ClaimPath> paths = new ArrayList<>();
		for (String name : ALL_CLAIMS) {
			paths.add(ClaimPath.of(name));
			if ("address".equals(name)) {
				ADDRESS_PARTS.forEach(part -> paths.add(ClaimPath.of(name).child(part)));
			}
			if ("place_of_birth".equals(name)) {
				paths.add(ClaimPath.of(name).child("country"));
			}
		}
		return paths;
	}

	@Override
	public List<ClaimPath> disclosable(Map<String, Object> claims) {
		List<ClaimPath> paths = new ArrayList<>();
		for (String name : claims.keySet()) {
			paths.add(ClaimPath.of(name));
			if ("address".equals(name)) {
				ADDRESS_PARTS.forEach(part -> paths.add(ClaimPath.of(name).child(part)));
			}
		}
		return paths;
	}
}
