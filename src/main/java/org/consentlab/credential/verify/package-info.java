/**
 * The verifier: RFC 9901 §7.1 and §7.3, the SD-JWT VC rules and the status check, returning a
 * result rather than throwing.
 *
 * <table>
 * <caption>Specification section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>RFC 9901 §7.1, §7.3; SD-JWT VC §3; Token Status List §8</td><td>{@link org.consentlab.credential.verify.SdJwtVerifier}</td></tr>
 * <tr><td>RFC 9901 §7.3 steps 4–5 key binding</td><td>{@code KeyBindingChecks}</td></tr>
 * <tr><td>Token Status List §8 status of a credential</td><td>{@code StatusCheck}</td></tr>
 * <tr><td>Token Status List §5.1, SD-JWT VC §5: a list signed by another of the issuer's keys</td><td>{@link org.consentlab.credential.verify.IssuerKeys}</td></tr>
 * <tr><td>RFC 9901 §7.1 step 2, SD-JWT VC §5: the issuer's key found from {@code iss} and {@code kid}</td><td>{@link org.consentlab.credential.verify.IssuerKeyResolver}</td></tr>
 * <tr><td>what the verifier requires</td><td>{@link org.consentlab.credential.verify.VerificationPolicy}</td></tr>
 * <tr><td>verified claims or every error</td><td>{@link org.consentlab.credential.verify.VerificationResult}</td></tr>
 * <tr><td>learner-facing explanations</td><td>{@link org.consentlab.credential.verify.Explanations}</td></tr>
 * </table>
 */
package org.consentlab.credential.verify;
