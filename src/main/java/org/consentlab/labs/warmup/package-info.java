/** Checks for L0, the warm-up: both worlds opened, one question about each. */
package org.consentlab.labs.warmup;
