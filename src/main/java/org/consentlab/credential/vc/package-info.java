/**
 * SD-JWT-based Verifiable Credentials (draft-ietf-oauth-sd-jwt-vc).
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
 * </table>
 */
package org.consentlab.credential.vc;
