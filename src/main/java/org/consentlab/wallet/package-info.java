/**
 * The Wallet world: each learner's wallet. It receives credentials over OpenID4VCI 1.0 (the
 * pre-authorised code flow), keeps them with their holder keys (which never leave the wallet),
 * answers OpenID4VP 1.0 requests after a consent screen, and keeps the learner's own history of
 * who learned what, when.
 */
package org.consentlab.wallet;
