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
 */
public record VerifierProfile(
		String id,
		String vct,
		List<String> trustedIssuers,
		List<String> needed,
		List<String> required,
		List<String> optional) {

	public VerifierProfile {
		needed = List.copyOf(needed);
		required = List.copyOf(required);
		optional = List.copyOf(optional);
		trustedIssuers = List.copyOf(trustedIssuers);
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
