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
 * <li>{@link org.consentlab.credential.verify} the verifier, its policy and its result;</li>
 * <li>{@link org.consentlab.credential.oauth} what OpenID4VCI and OpenID4VP share: the OAuth error
 * codes, malformed messages, a wallet's endpoints;</li>
 * <li>{@link org.consentlab.credential.oid4vci} OpenID4VCI 1.0 messages;</li>
 * <li>{@link org.consentlab.credential.oid4vp} OpenID4VP 1.0 messages;</li>
 * <li>{@link org.consentlab.credential.dcql} DCQL, the query language of OpenID4VP;</li>
 * <li>{@link org.consentlab.credential.x509} certificate chains a signed request carries, and the
 * classroom's certificate authorities;</li>
 * <li>{@link org.consentlab.credential.registration} relying-party registration certificates (ETSI
 * TS 119 475) and the over-asking check.</li>
 * </ul>
 */
package org.consentlab.credential;
