/**
 * Each learner's sandbox: their persona and what they did in each world. The synthetic population
 * is shared and read-only; a sandbox is the learner's own and a reset restores it. Each world
 * declares what it keeps as {@link org.consentlab.sandbox.SandboxPart}s; a lab names the parts its
 * reset clears, and {@link org.consentlab.sandbox.Sandboxes} fans the reset out, so no world knows a lab.
 */
package org.consentlab.sandbox;
