/**
 * The Wallet world's issuers: each signs SD-JWT VCs (RFC 9901, SD-JWT VC) with its own keys,
 * publishes its metadata at the well-known locations and issues into a learner's wallet over
 * OpenID4VCI 1.0 with the pre-authorised code flow. Depends on the credential core only.
 */
package org.consentlab.issuer;
