/**
 * The Registry world: a centralised digital profile that every checkpoint queries (labs L1–L6).
 * Enrolment by consular registration or airport capture ({@link org.consentlab.registry.Enrolments}),
 * the profile linking everything to one person of the shared synthetic population, the query API
 * where agencies are authorised by Spring Security rules built from the access policy
 * ({@link org.consentlab.registry.AgencyAuthorization}), the query log that records every query,
 * allowed or refused ({@link org.consentlab.registry.QueryLog}), 1:N identification rates, familial
 * DNA search, the insider's dump and a face gate that a leaked template opens. Sources of every
 * figure: FACTS.md in the course notes, cited in each lab.
 */
package org.consentlab.registry;
