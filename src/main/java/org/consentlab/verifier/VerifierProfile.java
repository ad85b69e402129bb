package org.consentlab.verifier;

import java.util.List;

/**
 * A relying party: what it asks for and why. {@code needed} are the claims its purpose needs (what
 * it is registered for, cf. eIDAS 2.0's registration of relying parties); {@code required} and
 * {@code optional} are what its DCQL query asks for. When they ask for more than {@code needed},
 * the verifier over-asks.
 *
 * @param id the id in its routes
 * @param trustedIssuers paths of the issuer identifiers whose credentials it accepts
 * @param others credentials it asks for beside the first, with how they combine; usually none
 */
public record VerifierProfile(
		String id,
		String vct,
		List<String> trustedIssuers,
		List<String> needed,
		List<String> required,
		List<String> optional,
		List<OtherCredential> others) {

	public VerifierProfile {
		others = List.copyOf(others);
		needed = List.copyOf(needed);
		required = List.copyOf(required);
		optional = List.copyOf(optional);
		trustedIssuers = List.copyOf(trustedIssuers);
	}

	/** A verifier that asks for one credential. */
	public VerifierProfile(
			String id,
			String vct,
			List<String> trustedIssuers,
			List<String> needed,
			List<String> required,
			List<String> optional) {
		this(id, vct, trustedIssuers, needed, required, optional, List.of());
	}

	/**
	 * The profile as it applies to the credential of query {@code queryId}: itself for the first
	 * credential, else one that asks for the other credential's type, issuers and claims, so a
	 * presentation of either is checked the same way.
	 */
	public VerifierProfile forQuery(String queryId) {
		return others.stream()
				.filter(other -> other.queryId().equals(queryId))
				.findFirst()
				.map(other -> new VerifierProfile(
						id, other.vct(), other.trustedIssuers(), other.claims(), other.claims(), List.of()))
				.orElse(this);
	}

	/** Message key of the verifier's name. */
	public String nameKey() {
		return "verifier." + id + ".name";
	}

	/** Message key of its stated purpose. */
	public String purposeKey() {
		return "verifier." + id + ".purpose";
	}

	public boolean overAsks() {
		return !needed.containsAll(required) || !needed.containsAll(optional);
	}
}
