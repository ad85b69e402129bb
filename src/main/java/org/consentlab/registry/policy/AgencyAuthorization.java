package org.consentlab.registry.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The access policy as Spring Security authorisation rules: each agency is an authenticated party
 * with the authority {@code AGENCY_<name>}, and each kind of data has an
 * {@link AuthorityAuthorizationManager} granting exactly the agencies the policy lists. A query is
 * allowed when every kind of data it asks for is granted.
 */
public final class AgencyAuthorization {

	/** The prefix of an agency's authority, e.g. {@code AGENCY_POLICE}. */
	public static final String PREFIX = "AGENCY_";

	private final Map<DataCategory, AuthorizationManager<RegistryQuery>> rules = new EnumMap<>(DataCategory.class);

	public AgencyAuthorization(AccessPolicy policy) {
		for (DataCategory category : DataCategory.values()) {
			String[] readers = policy.access().entrySet().stream()
					.filter(e -> e.getValue().contains(category))
					.map(e -> PREFIX + e.getKey().name())
					.toArray(String[]::new);
			rules.put(
					category,
					readers.length == 0
							? (authentication, query) -> new AuthorizationDecision(false)
							: AuthorityAuthorizationManager.hasAnyAuthority(readers));
		}
	}

	/** The agency as Spring Security sees it: authenticated, with its one authority. */
	public static Authentication authenticate(Agency agency) {
		return UsernamePasswordAuthenticationToken.authenticated(
				agency.name(), null, List.of(new SimpleGrantedAuthority(PREFIX + agency.name())));
	}

	/** The first kind of data the query asks for that its agency may not read, or empty when all are allowed. */
	public Optional<DataCategory> refusal(RegistryQuery query) {
		Authentication agency = authenticate(query.agency());
		for (DataCategory category : DataCategory.values()) {
			if (query.categories().contains(category)
					&& !rules.get(category).authorize(() -> agency, query).isGranted()) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}
}
