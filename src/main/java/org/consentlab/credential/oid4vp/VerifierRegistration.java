package org.consentlab.credential.oid4vp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * This app's {@code verifier_info} format (OpenID4VP 1.0 §5.1): the verifier's registration, its
 * name, its purpose and the claims it is registered to ask for. In the EU framework a registrar
 * signs such a registration; here it is unsigned, which the wallet's consent screen says.
 */
public record VerifierRegistration(String name, String purpose, List<ClaimsQuery> registeredClaims) {

	/** The format name of the entry; not a registered one, so no other wallet mistakes it for one. */
	public static final String FORMAT = "consentlab_registration";

	static final String NAME = "name";

	static final String PURPOSE = "purpose";

	static final String REGISTERED_CLAIMS = "registered_claims";

	public VerifierRegistration {
		Objects.requireNonNull(name, NAME);
		Objects.requireNonNull(purpose, PURPOSE);
		registeredClaims = List.copyOf(registeredClaims);
	}

	public VerifierInfo toVerifierInfo() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put(NAME, name);
		data.put(PURPOSE, purpose);
		data.put(
				REGISTERED_CLAIMS,
				registeredClaims.stream().map(ClaimsQuery::path).toList());
		return new VerifierInfo(FORMAT, data, List.of());
	}

	/** The registration among {@code infos}; empty when there is none; malformed when it is misshapen. */
	public static Optional<VerifierRegistration> from(List<VerifierInfo> infos) {
		for (VerifierInfo info : infos) {
			if (FORMAT.equals(info.format())) {
				JsonMembers data = JsonMembers.of(
						info.object()
								.orElseThrow(() -> MalformedMessageException.invalid(
										Oid4vp.VERIFIER_INFO, "data is not an object")),
						OAuthError.INVALID_REQUEST,
						Oid4vp.VERIFIER_INFO);
				List<ClaimsQuery> claims = new ArrayList<>();
				for (Object path : data.optionalArray(REGISTERED_CLAIMS).orElse(List.of())) {
					if (!(path instanceof List<?> segments)) {
						throw data.fault(REGISTERED_CLAIMS, "holds something other than a claims path");
					}
					try {
						claims.add(new ClaimsQuery(null, new ArrayList<>(segments)));
					} catch (IllegalArgumentException ex) {
						throw data.fault(REGISTERED_CLAIMS, "holds something other than a claims path");
					}
				}
				return Optional.of(new VerifierRegistration(data.string(NAME), data.string(PURPOSE), claims));
			}
		}
		return Optional.empty();
	}
}
