/**
 * The learner's tools against the Wallet world: the SD-JWT inspector (RFC 9901 §4 taken apart,
 * with the verdict a verifier would reach), the tampering moves aimed at the verifiers' checks
 * (lab L9) and the pooled logs with their linkage (RFC 9901 §10.1, lab L10). It uses the verifiers
 * only through their public services, and the wallet only through {@code wallet.HolderKeys}.
 */
package org.consentlab.inspector;
