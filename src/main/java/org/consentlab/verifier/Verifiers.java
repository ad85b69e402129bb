package org.consentlab.verifier;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The relying parties of the Wallet world, the same checkpoints as in the Registry world. All
 * accept the personal ID. The bar over-asks with optional claims (the learner trims them); the
 * landlord over-asks with required ones (the learner declines: a landlord has no need of a
 * tenant's nationality or birthdate). The hotel, the SIM shop and the border ask for exactly what
 * the law of their checkpoint needs, so the scorecard can set them beside the Registry's queries.
 */
@Component
public class Verifiers {

	public static final String PID_VCT = "urn:consentlab:pid:1";

	private static final List<String> PID_ISSUER = List.of("/issuers/pid");

	private static final List<VerifierProfile> ALL = List.of(
			new VerifierProfile(
					"bar",
					PID_VCT,
					PID_ISSUER,
					List.of("age_over_18"),
					List.of("age_over_18"),
					List.of("given_name", "address")),
			new VerifierProfile(
					"employer",
					"urn:consentlab:work_permit:1",
					List.of("/issuers/migration"),
					List.of("given_name", "family_name", "right_to_work"),
					List.of("given_name", "family_name", "right_to_work"),
					List.of()),
			new VerifierProfile(
					"landlord",
					PID_VCT,
					PID_ISSUER,
					List.of("given_name", "family_name", "age_over_18"),
					List.of("given_name", "family_name", "age_over_18", "birthdate", "nationalities"),
					List.of()),
			new VerifierProfile(
					"bank",
					PID_VCT,
					PID_ISSUER,
					List.of("given_name", "family_name", "birthdate", "address", "document_number"),
					List.of("given_name", "family_name", "birthdate", "address", "document_number"),
					List.of()),
			exact("hotel", "given_name", "family_name", "nationalities"),
			exact("sim", "given_name", "family_name", "document_number"),
			exact("border", "given_name", "family_name", "birthdate", "nationalities", "document_number"));

	/** A verifier whose query asks for exactly the claims its purpose needs, all required. */
	private static VerifierProfile exact(String id, String... claims) {
		return new VerifierProfile(id, PID_VCT, PID_ISSUER, List.of(claims), List.of(claims), List.of());
	}

	public List<VerifierProfile> all() {
		return ALL;
	}

	public Optional<VerifierProfile> find(String id) {
		return ALL.stream().filter(profile -> profile.id().equals(id)).findFirst();
	}
}
