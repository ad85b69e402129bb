/**
 * Lab L3: 1:N identification. The rates a gallery of N people implies, 1 − (1 − FMR)^N and
 * E = N·FMR (Sources & methods, {@code /sources#base-rate}), drawn as charts ({@link org.consentlab.registry.identification.Identification}),
 * and real scans of the learner's probe against galleries of synthetic people built and searched by
 * the biometrics engine, run as background jobs whose progress the page polls
 * ({@link org.consentlab.registry.identification.IdentificationScans}).
 */
@NamedInterface("identification")
package org.consentlab.registry.identification;

import org.springframework.modulith.NamedInterface;
