/**
 * Lab L12, the scorecard: the same week of life events in the Registry world and the Wallet world,
 * computed from the learner's own logs, with the checks of the lab's tasks. It reads both worlds
 * through their public services and stores nothing of its own.
 */
package org.consentlab.labs.scorecard;
