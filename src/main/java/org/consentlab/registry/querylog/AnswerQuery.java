package org.consentlab.registry.querylog;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.springframework.stereotype.Service;

/**
 * The Registry answering one agency's query: the access policy decides (as Spring Security
 * authorisation rules, {@link AgencyAuthorization}), the query is logged whatever the decision,
 * and only then is an answer given. A yes/no answer says whether the person is who they claim to
 * be; an e-KYC answer hands over every kind of data the agency may read, as Aadhaar's e-KYC sends the agency the person's details
 * (UIDAI; /sources#answer-modes).
 */
@Service
public class AnswerQuery {

	private final QueryLog log;

	AnswerQuery(QueryLog log) {
		this.log = log;
	}

	/**
	 * The Registry's answer.
	 *
	 * @param refusedFor the first kind of data the agency may not read, when the query is refused
	 * @param disclosed what left the Registry: nothing for a refusal or a yes/no answer
	 */
	public record Answer(Optional<DataCategory> refusedFor, Set<DataCategory> disclosed) {

		public boolean allowed() {
			return refusedFor.isEmpty();
		}
	}

	public Answer answer(long accountId, RegistryQuery query, AccessPolicy policy) {
		Optional<DataCategory> refusedFor = new AgencyAuthorization(policy).refusal(query);
		log.record(accountId, query, refusedFor);
		if (refusedFor.isPresent() || query.mode() == RegistryQuery.Mode.YES_NO) {
			return new Answer(refusedFor, EnumSet.noneOf(DataCategory.class));
		}
		Set<DataCategory> disclosed = EnumSet.noneOf(DataCategory.class);
		disclosed.addAll(policy.access().getOrDefault(query.agency(), Set.of()));
		return new Answer(refusedFor, disclosed);
	}
}
