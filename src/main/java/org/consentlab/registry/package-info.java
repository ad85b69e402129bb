/**
 * The Registry world: a centralised digital profile that every checkpoint queries (labs L1–L6).
 * This package holds what every feature shares: the synthetic population the Registry draws on
 * ({@link org.consentlab.registry.RegistryWorld}) and each learner's place in it
 * ({@link org.consentlab.registry.Subject}), the profile linking everything to one person
 * ({@link org.consentlab.registry.Profile}), the kinds of data
 * ({@link org.consentlab.registry.DataCategory}), the agencies and their queries, the paths, and
 * the small SVG writer the charts use. The features live in sub-packages that depend on this one
 * and never the other way round: {@code enrolment} (L1), {@code querylog} (L2: the log, the week,
 * the analyst), {@code identification} (L3), {@code dna} (L4), {@code breach} (L5), {@code policy}
 * (L6) and {@code extract}. Sources of every figure: each lab's Sources list, and the course's
 * Sources & methods page ({@code /sources}, read from {@code sources/sources.md}).
 */
package org.consentlab.registry;
