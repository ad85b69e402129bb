package org.consentlab.verifier;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.CredentialSetQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * Makes a verifier's OpenID4VP 1.0 authorization request (§5, the message type is
 * {@link org.consentlab.credential.oid4vp.AuthorizationRequest}) for one transaction: its nonce and
 * state, a DCQL query (§6) for the profile's credential whose claim sets make the optional claims
 * optional (§6.4.1), with its other credentials and their credential sets (§6.2), and the
 * verifier's registration as {@code verifier_info} (§5.1).
 */
final class AuthorizationRequest {

	/** The id of the one credential query; the vp_token carries the presentation under it (§8.1). */
	static final String CREDENTIAL_QUERY_ID = "pid";

	private AuthorizationRequest() {}

	/** The request for {@code tx}; the layer's type of the same name is the message itself. */
	static org.consentlab.credential.oid4vp.AuthorizationRequest of(
			VerifierProfile profile, Transaction tx, String responseUri, String name, String purpose) {
		List<ClaimsQuery> registered = profile.needed().stream()
				.map(claim -> ClaimsQuery.of(null, claim))
				.toList();
		return new org.consentlab.credential.oid4vp.AuthorizationRequest(
				responseUri,
				tx.nonce(),
				tx.state(),
				dcql(profile),
				List.of(new VerifierRegistration(name, purpose, registered).toVerifierInfo()));
	}

	static DcqlQuery dcql(VerifierProfile profile) {
		List<ClaimsQuery> claims = new ArrayList<>();
		List<String> requiredIds = new ArrayList<>();
		List<String> allIds = new ArrayList<>();
		for (String claim : profile.required()) {
			claims.add(ClaimsQuery.of(claim, claim));
			requiredIds.add(claim);
			allIds.add(claim);
		}
		for (String claim : profile.optional()) {
			claims.add(ClaimsQuery.of(claim, claim));
			allIds.add(claim);
		}
		List<List<String>> claimSets = profile.optional().isEmpty() ? List.of() : List.of(allIds, requiredIds);
		List<CredentialQuery> credentials = new ArrayList<>();
		credentials.add(
				new CredentialQuery(CREDENTIAL_QUERY_ID, SdJwtVc.TYPE, List.of(profile.vct()), claims, claimSets));
		List<CredentialSetQuery> sets = new ArrayList<>();
		for (OtherCredential other : profile.others()) {
			credentials.add(new CredentialQuery(
					other.queryId(),
					SdJwtVc.TYPE,
					List.of(other.vct()),
					other.claims().stream()
							.map(claim -> ClaimsQuery.of(claim, claim))
							.toList(),
					List.of()));
			sets.add(
					other.combination() == OtherCredential.Combination.AND
							? new CredentialSetQuery(List.of(List.of(CREDENTIAL_QUERY_ID, other.queryId())), true)
							: new CredentialSetQuery(
									List.of(List.of(CREDENTIAL_QUERY_ID), List.of(other.queryId())), true));
		}
		return new DcqlQuery(credentials, sets);
	}
}
