package org.consentlab.population;

/**
 * How the Registry captures a persona (FACTS.md §0): a citizen living abroad registers at a
 * consulate; a foreigner arriving at an airport gives passport data and biometrics at the border.
 */
public enum EnrolmentPath {

	CONSULAR_REGISTRATION, AIRPORT_CAPTURE

}
