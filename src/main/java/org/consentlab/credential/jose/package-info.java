/**
 * Thin helpers over Nimbus JOSE+JWT for the credential packages.
 *
 * <table>
 * <caption>Specification section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>RFC 7515 §7.1 compact serialization</td><td>{@link org.consentlab.credential.jose.ParsedJws}</td></tr>
 * <tr><td>RFC 7515 §2, RFC 4648 §5 base64url</td><td>{@link org.consentlab.credential.jose.Base64Url}</td></tr>
 * <tr><td>RFC 8259 JSON, parsed strictly and written as in the RFC 9901 examples</td><td>{@link org.consentlab.credential.jose.Json}</td></tr>
 * <tr><td>RFC 7517 JSON Web Key</td><td>{@link org.consentlab.credential.jose.Jwks}</td></tr>
 * <tr><td>RFC 9901 §7.1 step 2, §9.1 algorithms from the trusted key</td><td>{@link org.consentlab.credential.jose.Signatures},
 * {@link org.consentlab.credential.jose.CryptoProvider}</td></tr>
 * <tr><td>RFC 7518 §3.4 ECDSA signatures (ES256, ES384, ES512)</td><td>{@link org.consentlab.credential.jose.EcdsaVerifier}</td></tr>
 * <tr><td>parse failures as typed errors</td><td>{@link org.consentlab.credential.jose.MalformedCredentialException}</td></tr>
 * </table>
 */
package org.consentlab.credential.jose;
