/**
 * The checks of the Wallet world's labs (L7, L8): each inspects the learner's wallet or the
 * verifiers' transaction logs, so every answer is the learner's own.
 */
package org.consentlab.labs.wallet;
