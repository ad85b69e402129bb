package org.consentlab.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * What the consent screen shows of an OpenID4VP 1.0 request (§5): who asks, why, and each claim of
 * its one credential query as required or optional (DCQL claim sets, §6.4.1). This wallet answers
 * requests for one SD-JWT VC whose claims are property paths, from a verifier whose registration
 * ({@code verifier_info}, §5.1) names the claims it may ask for; anything else it refuses.
 */
public record ConsentRequest(AuthorizationRequest request, CredentialQuery query, VerifierRegistration registration) {

	/** One requested claim: its id in the query, its path written {@code a.b}, and whether it is required. */
	public record Claim(String id, String path, boolean required) {}

	/** Parses and checks a request; a failure names the parameter at fault. */
	static ConsentRequest parse(Map<String, String> parameters) {
		AuthorizationRequest request = AuthorizationRequest.parse(parameters);
		List<CredentialQuery> queries = request.dcqlQuery().credentials();
		if (queries.size() != 1
				|| !SdJwtVc.TYPE.equals(queries.get(0).format())
				|| queries.get(0).claims().isEmpty()
				|| !queries.get(0).claims().stream()
						.allMatch(c -> c.id() != null && c.propertyPath().isPresent())) {
			throw MalformedMessageException.invalid(
					Oid4vp.DCQL_QUERY,
					"this wallet answers one SD-JWT VC query whose claims have ids and property paths");
		}
		VerifierRegistration registration = VerifierRegistration.from(request.verifierInfo())
				.orElseThrow(() -> MalformedMessageException.invalid(Oid4vp.VERIFIER_INFO, "has no registration"));
		return new ConsentRequest(request, queries.get(0), registration);
	}

	/** The parameters as they came, for the consent form to send back. */
	public Map<String, String> parameters() {
		return request.toParameters();
	}

	public String clientId() {
		return request.clientId();
	}

	public String verifierName() {
		return registration.name();
	}

	public String purpose() {
		return registration.purpose();
	}

	/** The claims the verifier is registered to ask for, written {@code a.b}. */
	public List<String> registeredClaims() {
		return registration.registeredClaims().stream()
				.map(c -> c.propertyPath().orElse(String.valueOf(c.path())))
				.toList();
	}

	public List<Claim> claims() {
		List<Claim> claims = new ArrayList<>();
		for (ClaimsQuery claim : query.claims()) {
			claims.add(new Claim(claim.id(), claim.propertyPath().orElseThrow(), query.requires(claim)));
		}
		return claims;
	}

	/** The requested claims the verifier is not registered to ask for: over-asking. */
	public List<String> overAsked() {
		return claims().stream()
				.map(Claim::path)
				.filter(path -> !registeredClaims().contains(path))
				.toList();
	}
}
