/**
 * Lab L1: the capture station and the learner's enrolment ({@link
 * org.consentlab.registry.enrolment.Enrolments}), which decides what the Registry holds about them
 * by the path they came in on (the 2024 plan's two items: {@code /sources#comparable-systems-and-laws}), and the pages about the learner (landing page and full
 * profile).
 */
@NamedInterface("enrolment")
package org.consentlab.registry.enrolment;

import org.springframework.modulith.NamedInterface;
