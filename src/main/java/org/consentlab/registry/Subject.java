package org.consentlab.registry;

import org.consentlab.sandbox.Persona;

/**
 * A learner's persona as the Registry files it: the persona (name, origin, year, enrolment path)
 * linked to one person of the shared population (passport, address, employer, relatives,
 * biometric templates).
 */
public record Subject(Persona persona, int personId) {

	public int year() {
		return persona.year();
	}
}
