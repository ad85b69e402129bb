/**
 * Interoperability with implementations nobody here wrote, and with the OpenID4VP 1.0
 * specification's own examples.
 *
 * <p>The EU reference SD-JWT library ({@code eu.europa.ec.eudi:eudi-lib-jvm-sdjwt-kt} 0.10.0,
 * the newest Maven Central serves here) checks our key binding and binds its own.
 *
 * <p>The EU reference OpenID4VP wallet library could not be used. Tried on 2026-12-04:
 * {@code eu.europa.ec.eudi:eudi-lib-jvm-openid4vp-kt} 0.15.0 and 0.14.0 ("Could not find
 * artifact … in central"), and the range {@code [0.1,)} ("No versions available"): Maven Central
 * serves no version of that name here. Its name before November 2025,
 * {@code eu.europa.ec.eudi:eudi-lib-jvm-siop-openid4vp-kt}, is served in 0.6.1, 0.8.1 and 0.9.0
 * only; 0.9.0 implements OpenID4VP draft 24, which has no {@code x509_hash:} client identifier
 * prefix (its {@code VerifierId.parse} refuses one as "does not contain a valid Client ID
 * Scheme"), no {@code verifier_info}, and reads response encryption from the draft's
 * {@code authorization_encrypted_response_alg/enc} instead of 1.0's
 * {@code encrypted_response_enc_values_supported}: it cannot speak to a 1.0 verifier. Once a
 * 1.0 version (0.12 or later) resolves, the wallet side of {@code OpenId4VpSpecExampleTests}
 * becomes its {@code resolveRequestUri} against the request served here, with our root as its
 * trusted certificate for {@code X509Hash}, and its dispatch of a {@code direct_post.jwt} answer.
 */
package org.consentlab.interop;
