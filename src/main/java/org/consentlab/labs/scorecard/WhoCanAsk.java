package org.consentlab.labs.scorecard;

/**
 * The scorecard's row on who can ask about the learner in a name or for a purpose of their own
 * choosing. In the Registry world every party of the year's access policy may query, and the purpose
 * it states is its own word, unseen by the person. In the Wallet world a signed request must chain
 * to the classroom root and stay within a registration (OpenID4VP 1.0 §5.9.3, §5.10; HAIP 1.0;
 * ETSI TS 119 475 §4.7), while an unsigned one can name anyone (lab L13).
 *
 * @param year the learner's simulated year, whose access policy applies
 * @param registryParties the parties that policy lets query the Registry about the learner
 * @param registeredVerifiers the verifiers holding an access certificate and a registration
 */
public record WhoCanAsk(int year, int registryParties, int registeredVerifiers) {}
