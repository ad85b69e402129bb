/**
 * Private keys at rest: the issuers', the Registry's and the wallets' private keys are sealed
 * (envelope encryption with Tink: a fresh AES-256-GCM data key per value, wrapped by a
 * key-encryption key the database never holds) before they reach the database, so a stolen dump or
 * backup holds no usable key. A running server holds the key-encryption key in memory: this does not
 * protect against someone who controls the server. See docs/security-and-tls.md.
 */
package org.consentlab.secrets;
