package org.consentlab.verifier;

import java.util.List;
import java.util.Objects;

/**
 * A second credential a verifier's DCQL query names beside the personal ID (OpenID4VP 1.0 §6.1),
 * and how the two combine in its credential set (§6.2, §6.4.2): {@link Combination#AND} when both
 * are needed (the border checks the ID and the residence permit), {@link Combination#OR} when
 * either will do (the hotel accepts the ID or the residence permit).
 *
 * @param queryId the id of its credential query, under which the vp_token carries it
 * @param claims what it asks for, all required; what the verifier is registered for
 */
public record OtherCredential(
		String queryId, String vct, List<String> trustedIssuers, List<String> claims, Combination combination) {

	/** How the second credential combines with the first. */
	public enum Combination {
		AND,
		OR
	}

	public OtherCredential {
		Objects.requireNonNull(queryId, "queryId");
		Objects.requireNonNull(vct, "vct");
		trustedIssuers = List.copyOf(trustedIssuers);
		claims = List.copyOf(claims);
		Objects.requireNonNull(combination, "combination");
	}
}
