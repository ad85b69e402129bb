/**
 * The literals of each specification, one class per specification, and what a verifier can
 * reject, with the section each rule comes from.
 *
 * <table>
 * <caption>Specification to type</caption>
 * <tr><th>Specification</th><th>Type</th></tr>
 * <tr><td>RFC 9901 (SD-JWT)</td><td>{@link org.consentlab.credential.spec.Rfc9901}</td></tr>
 * <tr><td>draft-ietf-oauth-sd-jwt-vc</td><td>{@link org.consentlab.credential.spec.SdJwtVc}</td></tr>
 * <tr><td>draft-ietf-oauth-status-list</td><td>{@link org.consentlab.credential.spec.TokenStatusList}</td></tr>
 * <tr><td>every verification rule above</td><td>{@link org.consentlab.credential.spec.VerificationErrorCode},
 * {@link org.consentlab.credential.spec.VerificationError}</td></tr>
 * </table>
 */
package org.consentlab.credential.spec;
