package org.consentlab.credential.registration;

import java.util.ArrayList;
import java.util.List;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.DcqlQuery;

/**
 * What a request asks for beyond its registration: the comparison a wallet makes before it shows
 * the consent screen, so "this verifier asks for more than it registered" is a fact the wallet
 * checked, not the verifier's own word. A credential type not registered at all is over-asking
 * too.
 */
public final class OverAsking {

	private OverAsking() {}

	/** One requested claim the registration does not cover. */
	public record Excess(String credentialQueryId, String vct, List<Object> path) {}

	/** Every requested claim of {@code query} that {@code registration} does not cover; empty when none. */
	public static List<Excess> of(DcqlQuery query, RegistrationCertificate registration) {
		List<Excess> excess = new ArrayList<>();
		for (CredentialQuery credential : query.credentials()) {
			for (String vct : credential.vctValues().isEmpty() ? List.of("") : credential.vctValues()) {
				RegisteredCredential registered = registration.credentials().stream()
						.filter(r -> r.format().equals(credential.format())
								&& r.vct().equals(vct))
						.findFirst()
						.orElse(null);
				for (ClaimsQuery claim : credential.claims()) {
					if (registered == null || !registered.covers(claim.path())) {
						excess.add(new Excess(credential.id(), vct, claim.path()));
					}
				}
			}
		}
		return List.copyOf(excess);
	}
}
