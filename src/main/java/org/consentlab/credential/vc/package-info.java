/**
 * SD-JWT-based Verifiable Credentials (draft-ietf-oauth-sd-jwt-vc; section numbers of draft 15).
 *
 * <table>
 * <caption>SD-JWT VC section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>§3.2.1 {@code typ: dc+sd-jwt}; §3.2.2.1.1 {@code vct}; §3.2.2.2 {@code iss}, {@code iat}, {@code nbf},
 * {@code exp}, {@code status}</td><td>{@link org.consentlab.credential.vc.SdJwtVcChecks}</td></tr>
 * <tr><td>§3.2.2.2 {@code cnf} and claims that are never selectively disclosable</td>
 * <td>{@link org.consentlab.credential.sdjwt.SdJwtIssuer}</td></tr>
 * <tr><td>§4 JWT VC Issuer Metadata: §4.2 {@code issuer}, {@code jwks} (not with {@code jwks_uri}), §4.3 validation</td>
 * <td>{@link org.consentlab.credential.vc.JwtVcIssuerMetadata},
 * {@link org.consentlab.credential.vc.MalformedIssuerMetadataException}</td></tr>
 * <tr><td>draft 15 §5 Type Metadata: §5.2 format, §5.3 same {@code vct}, §5.4 {@code extends} (refused, not followed);
 * §7 display per locale; §8 claim metadata: §8.1 {@code path}, §8.2 labels, §8.3 {@code mandatory}, §8.4 {@code sd}</td>
 * <td>{@link org.consentlab.credential.vc.TypeMetadata}, {@link org.consentlab.credential.vc.TypeDisplay},
 * {@link org.consentlab.credential.vc.ClaimMetadata}, {@link org.consentlab.credential.vc.ClaimDisplay},
 * {@link org.consentlab.credential.vc.MalformedTypeMetadataException}</td></tr>
 * <tr><td>draft 15 §6 Document Integrity: {@code vct#integrity}, W3C SRI §3.1 to §3.5</td>
 * <td>{@link org.consentlab.credential.vc.Integrity}, {@link org.consentlab.credential.vc.IntegrityMismatchException}</td></tr>
 * </table>
 */
package org.consentlab.credential.vc;
