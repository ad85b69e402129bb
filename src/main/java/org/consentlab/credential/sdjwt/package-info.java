/**
 * RFC 9901, Selective Disclosure for JSON Web Tokens.
 *
 * <table>
 * <caption>RFC 9901 section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>§4 SD-JWT and its compact serialization</td><td>{@link org.consentlab.credential.sdjwt.SdJwt}</td></tr>
 * <tr><td>§4.1.1 {@code _sd_alg}</td><td>{@link org.consentlab.credential.sdjwt.HashAlgorithm}</td></tr>
 * <tr><td>§4.2 disclosures; §4.2.1 object properties; §4.2.2 array elements</td><td>{@link org.consentlab.credential.sdjwt.Disclosure},
 * {@link org.consentlab.credential.sdjwt.ObjectPropertyDisclosure}, {@link org.consentlab.credential.sdjwt.ArrayElementDisclosure}</td></tr>
 * <tr><td>§4.2.1, §9.3 salts</td><td>{@link org.consentlab.credential.sdjwt.SaltSource}</td></tr>
 * <tr><td>§4.2.3 digests</td><td>{@link org.consentlab.credential.sdjwt.DisclosureDigest}</td></tr>
 * <tr><td>§4.2.4–§4.2.6 embedding, decoys, recursion (issuer)</td><td>{@link org.consentlab.credential.sdjwt.SdJwtIssuer}</td></tr>
 * <tr><td>§4.3 Key Binding JWT, §4.3.1 {@code sd_hash}</td><td>{@link org.consentlab.credential.sdjwt.KeyBindingJwt}</td></tr>
 * <tr><td>§7.1 steps 3–5 processing disclosures</td><td>{@link org.consentlab.credential.sdjwt.DisclosureProcessor},
 * {@link org.consentlab.credential.sdjwt.ProcessedPayload}</td></tr>
 * <tr><td>§7.2 the holder's checks and choice of claims</td><td>{@link org.consentlab.credential.sdjwt.Presentation},
 * {@link org.consentlab.credential.sdjwt.ClaimPath}</td></tr>
 * <tr><td>§8 JWS JSON Serialization (Flattened and General)</td><td>{@link org.consentlab.credential.sdjwt.SdJwtJson}</td></tr>
 * <tr><td>§7 resource limits (left to implementations)</td><td>{@link org.consentlab.credential.sdjwt.ParseLimits}</td></tr>
 * </table>
 */
package org.consentlab.credential.sdjwt;
