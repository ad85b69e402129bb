/**
 * A deterministic synthetic population for the Registry world: people with names from many
 * origins, birthdates, nationalities, passports with valid ICAO 9303 machine-readable zones,
 * addresses, employers and real family trees (parents, children, siblings, cousins), so that DNA
 * kinship is real. Everything derives from a seed: the same seed gives the same people on any
 * machine and any number of cores. People are stored column by column in primitive arrays, and
 * {@link org.consentlab.population.Person} records, documents and biometric templates are made on
 * demand from (seed, person id). Names and places are combined at random from our own lists; no
 * generated person is meant to be anyone real.
 *
 * <p>Where to start: {@link org.consentlab.population.Population#generate(long, int,
 * org.consentlab.biometrics.SearchProgress)}, {@link org.consentlab.population.PopulationBiometrics}
 * (iris, face, DNA per person), {@link org.consentlab.population.FamilyReach} (lab L4),
 * {@link org.consentlab.population.MachineReadableZone} (passport check digits). A learner's
 * persona is {@code sandbox.Persona}; the Registry's DNA database is {@code registry.dna}.
 */
package org.consentlab.population;
