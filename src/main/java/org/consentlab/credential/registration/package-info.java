/**
 * Relying-party registration: a registrar's signed statement of who a verifier is, what service it
 * runs, for what purpose, and which credentials and claims it may ask for. Modelled on the EU
 * wallet's Wallet-Relying Party Registration Certificate (WRPRC) in JWT form, ETSI TS 119 475
 * V1.1.1 clause 5.2 ({@code typ: rc-wrp+jwt}), with the subset of its payload this course shows.
 * It travels in the {@code verifier_info} of a signed request (OpenID4VP 1.0 §5.1, §5.11).
 *
 * <table>
 * <caption>Specification to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>ETSI TS 119 475 clause 5.2: header {@code typ}, {@code x5c}; payload {@code name},
 * {@code sub}, {@code country}, {@code registry_uri}, {@code service}, {@code purpose},
 * {@code privacy_policy}, {@code credentials} with {@code claim} paths, {@code iat}, {@code exp}</td>
 * <td>{@link org.consentlab.credential.registration.RegistrationCertificate}</td></tr>
 * <tr><td>the over-asking comparison of a request with the registration</td>
 * <td>{@link org.consentlab.credential.registration.OverAsking}</td></tr>
 * <tr><td>every way a registration is refused</td>
 * <td>{@link org.consentlab.credential.registration.RegistrationException}</td></tr>
 * </table>
 */
package org.consentlab.credential.registration;
