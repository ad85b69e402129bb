/**
 * Lab L6 and the rules behind every query: the access policy, which agency may read which
 * categories year by year ({@link org.consentlab.registry.policy.AccessPolicy}), enforced as
 * Spring Security authorisation rules ({@link org.consentlab.registry.policy.AgencyAuthorization}),
 * the stated purposes, and the learner's own policy with the editor that replays their week under
 * it. The editor reads the week through {@link org.consentlab.registry.policy.LoggedQueries}, so the
 * policy does not depend on the log that depends on it.
 */
@NamedInterface("policy")
package org.consentlab.registry.policy;

import org.springframework.modulith.NamedInterface;
