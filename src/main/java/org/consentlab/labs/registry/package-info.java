/**
 * The checks of the Registry world's labs (L1, L2): each inspects the learner's own sandbox (their
 * enrolment, their query log) or compares with an answer computed from their seed.
 */
package org.consentlab.labs.registry;
