package org.consentlab.verifier;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The relying parties of the Wallet world, the same checkpoints as in the Registry world. All
 * accept the personal ID. The bar over-asks with optional claims (the learner trims them); so does
 * the bank, beside what the law makes it collect (the learner shares exactly that); the
 * landlord over-asks with required ones (the learner declines: a landlord has no need of a
 * tenant's nationality or birthdate). The hotel, the SIM shop and the border ask for exactly what
 * the law of their checkpoint needs, so the scorecard can set them beside the Registry's queries.
 * The border asks for the ID and the residence permit; the hotel accepts the ID or the residence
 * permit (DCQL credential sets, OpenID4VP 1.0 §6.2). The cinema, the gym and the library over-ask
 * each in their own way, so the over-asking a learner of L13 finds depends on which of the five
 * over-askers their seed draws.
 */
@Component
public class Verifiers {

	public static final String PID_VCT = "urn:consentlab:pid:1";

	private static final List<String> PID_ISSUER = List.of("/issuers/pid");

	/** The migration service's residence permit: the border checks it beside the ID; the hotel takes it instead. */
	static final String RESIDENCE_VCT = "urn:consentlab:residence_permit:1";

	static final String RESIDENCE_QUERY_ID = "residence";

	private static final List<String> MIGRATION_ISSUER = List.of("/issuers/migration");

	/**
	 * What the law makes a bank collect to identify a customer, modelled on the EU's anti-money
	 * laundering regulation (Regulation (EU) 2024/1624, Art. 22(1)(a): names, date of birth,
	 * nationalities, residence; Art. 22(6)(a): the identity document). The regulation also lists the
	 * place of birth, which not every personal ID here carries, so this simulated law leaves it out.
	 */
	private static final List<String> BANK_KYC =
			List.of("given_name", "family_name", "birthdate", "nationalities", "address", "document_number");

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
					"cinema",
					PID_VCT,
					PID_ISSUER,
					List.of("age_over_18"),
					List.of("age_over_18"),
					List.of("birthdate")),
			new VerifierProfile(
					"gym",
					PID_VCT,
					PID_ISSUER,
					List.of("given_name", "family_name"),
					List.of("given_name", "family_name", "address"),
					List.of("document_number")),
			new VerifierProfile(
					"library",
					PID_VCT,
					PID_ISSUER,
					List.of("given_name", "family_name", "address"),
					List.of("given_name", "family_name", "address", "nationalities"),
					List.of()),
			new VerifierProfile(
					"bank", PID_VCT, PID_ISSUER, BANK_KYC, BANK_KYC, List.of("email", "phone_number", "age_over_21")),
			withOther(
					exact("hotel", "given_name", "family_name", "nationalities"),
					new OtherCredential(
							RESIDENCE_QUERY_ID,
							RESIDENCE_VCT,
							MIGRATION_ISSUER,
							List.of("given_name", "family_name", "nationalities"),
							OtherCredential.Combination.OR)),
			exact("sim", "given_name", "family_name", "document_number"),
			withOther(
					exact("border", "given_name", "family_name", "birthdate", "nationalities", "document_number"),
					new OtherCredential(
							RESIDENCE_QUERY_ID,
							RESIDENCE_VCT,
							MIGRATION_ISSUER,
							List.of("permit_type", "valid_until"),
							OtherCredential.Combination.AND)));

	private static VerifierProfile withOther(VerifierProfile profile, OtherCredential other) {
		return new VerifierProfile(
				profile.id(),
				profile.vct(),
				profile.trustedIssuers(),
				profile.needed(),
				profile.required(),
				profile.optional(),
				List.of(other));
	}

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
