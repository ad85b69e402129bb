/**
 * The credential core of the Wallet world: plain Java on Nimbus JOSE+JWT, no Spring.
 *
 * <ul>
 * <li>{@link org.consentlab.credential.spec} the specifications' literals and the closed set of
 * verification error codes;</li>
 * <li>{@link org.consentlab.credential.jose} thin helpers over Nimbus: JSON, base64url, keys,
 * signatures;</li>
 * <li>{@link org.consentlab.credential.sdjwt} RFC 9901 (SD-JWT): disclosures, digests, issuance,
 * presentation, key binding;</li>
 * <li>{@link org.consentlab.credential.vc} SD-JWT VC (draft-ietf-oauth-sd-jwt-vc);</li>
 * <li>{@link org.consentlab.credential.status} Token Status List (draft-ietf-oauth-status-list);</li>
 * <li>{@link org.consentlab.credential.verify} the verifier, its policy and its result.</li>
 * </ul>
 */
package org.consentlab.credential;
