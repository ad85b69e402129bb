/**
 * Each learner's sandbox: their persona and what they did in each world. The synthetic population
 * is shared and read-only; a sandbox is the learner's own and a reset restores it.
 */
package org.consentlab.sandbox;
