package org.consentlab.verifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consentlab.credential.dcql.CredentialQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vp.VpToken;
import org.springframework.stereotype.Component;

/**
 * Checks a whole {@code vp_token} against the verifier's DCQL query (OpenID4VP 1.0 §6, §8.1): one
 * presentation per answered credential query, only queries the request named, each presentation
 * checked by {@link VerifyPresentation} as its own credential, and together they must satisfy the
 * query's credential sets (§6.4.2): both credentials where the verifier asks for the ID and the
 * permit, either where it accepts one or the other. What the verifier learned is the claims of all
 * of them; the first credential's presentation and handles are the ones it keeps.
 */
@Component
class VerifyAnswer {

	private final VerifyPresentation verify;

	VerifyAnswer(VerifyPresentation verify) {
		this.verify = verify;
	}

	Verdict verify(VerifierProfile profile, Transaction tx, String vpToken) {
		Map<String, List<String>> presentations;
		try {
			presentations = VpToken.parse(vpToken).presentations();
		} catch (MalformedMessageException ex) {
			return Verdict.Rejected.of(TransactionError.VP_TOKEN_MALFORMED);
		}
		DcqlQuery query = AuthorizationRequest.dcql(profile);
		Set<String> asked =
				query.credentials().stream().map(CredentialQuery::id).collect(Collectors.toSet());
		if (!asked.containsAll(presentations.keySet())
				|| presentations.values().stream().anyMatch(each -> each.size() != 1)) {
			return Verdict.Rejected.of(TransactionError.VP_TOKEN_MALFORMED);
		}
		Map<String, Verdict.Accepted> accepted = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> each : presentations.entrySet()) {
			Verdict verdict = verify.verify(
					profile.forQuery(each.getKey()), tx, each.getValue().get(0));
			if (!(verdict instanceof Verdict.Accepted ok)) {
				return verdict;
			}
			accepted.put(each.getKey(), ok);
		}
		if (!query.select(accepted::containsKey).satisfied()) {
			return Verdict.Rejected.of(TransactionError.QUERY_NOT_SATISFIED);
		}
		Verdict.Accepted first = accepted.getOrDefault(
				AuthorizationRequest.CREDENTIAL_QUERY_ID,
				accepted.values().iterator().next());
		Map<String, Object> learned = new LinkedHashMap<>(first.claims());
		accepted.values().forEach(each -> each.claims().forEach(learned::putIfAbsent));
		return new Verdict.Accepted(learned, first.presentation(), first.handles());
	}
}
