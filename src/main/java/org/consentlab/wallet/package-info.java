/**
 * The Wallet world: each learner's wallet of selective-disclosure credentials. This first version
 * shows the personal ID's claims; issuance and presentation come with the Wallet world's own issue.
 */
package org.consentlab.wallet;
