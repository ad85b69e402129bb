/**
 * Interoperability with implementations nobody here wrote, and with the OpenID4VP 1.0
 * specification's own examples.
 *
 * <ul>
 *   <li>{@code EudiSdJwtInteroperabilityTests}: the EU reference SD-JWT library
 *       ({@code eu.europa.ec.eudi:eudi-lib-jvm-sdjwt-kt} 0.10.0, the newest Maven Central serves
 *       here) verifies our key-bound presentations and binds its own KB-JWTs to our credentials,
 *       in the compact and the JWS JSON form; both sides refuse the same forgeries.
 *   <li>{@code SignedRequestByReferenceInteropTests}: our signed request by reference and our
 *       decryption of a {@code direct_post.jwt} answer, over real HTTP, against a wallet written
 *       from the specification's text with the JDK's PKIX validator and Nimbus.
 *   <li>{@code OpenId4VpSpecExampleTests}: our messages against the 1.0 text's examples.
 * </ul>
 *
 * <p>The EU reference OpenID4VP wallet library could not be used. Tried on 2026-12-04:
 * {@code eu.europa.ec.eudi:eudi-lib-jvm-openid4vp-kt} 0.15.0 and 0.14.0 ("Could not find
 * artifact … in central"), and the range {@code [0.1,)} ("No versions available"): Maven Central
 * serves no version of that name here. Its name before November 2025,
 * {@code eu.europa.ec.eudi:eudi-lib-jvm-siop-openid4vp-kt}, is served in 0.6.1, 0.8.1 and 0.9.0
 * only. 0.9.0 implements OpenID4VP draft 24, which has no {@code x509_hash:} client identifier
 * prefix: run once by hand, its {@code VerifierId.parse} answers {@code x509_hash:Uvo3…} (the 1.0
 * example) with "does not contain a valid Client ID Scheme" and accepts
 * {@code x509_san_dns:client.example.org}. It also has no {@code verifier_info}, and reads
 * response encryption from the draft's {@code authorization_encrypted_response_alg/enc} instead
 * of 1.0's {@code encrypted_response_enc_values_supported}: it cannot speak to a 1.0 verifier, so
 * it is not a dependency. Once a 1.0 version (0.12 or later) resolves, it replaces the
 * {@code IndependentWallet} that {@code SignedRequestByReferenceInteropTests} drives: its
 * {@code resolveRequestUri} against the request served there, with our root as the trusted
 * certificate of its {@code X509Hash} client identifier prefix, and its dispatch of the
 * {@code direct_post.jwt} answer.
 */
package org.consentlab.interop;
