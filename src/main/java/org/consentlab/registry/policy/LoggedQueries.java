package org.consentlab.registry.policy;

import java.util.List;
import org.consentlab.registry.RegistryQuery;

/**
 * The queries the Registry logged about one person, as the policy editor replays them under the
 * learner's rules. The query log supplies them; naming the need here keeps the policy free of the
 * log, which itself asks the policy before it records anything.
 */
public interface LoggedQueries {

	/** The learner's logged queries about one person, in simulated time order. */
	List<RegistryQuery> queriesAbout(long accountId, int subjectId);
}
