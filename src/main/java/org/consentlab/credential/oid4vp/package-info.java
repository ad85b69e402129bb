/**
 * OpenID for Verifiable Presentations 1.0: the request a verifier passes to a wallet and the
 * response the wallet posts back. The query language is {@link org.consentlab.credential.dcql}.
 *
 * <table>
 * <caption>OpenID4VP 1.0 section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>every wire name</td><td>{@link org.consentlab.credential.oid4vp.Oid4vp}</td></tr>
 * <tr><td>§5 authorization request; §5.9.3 {@code redirect_uri:} client identifier</td><td>{@link org.consentlab.credential.oid4vp.AuthorizationRequest}</td></tr>
 * <tr><td>§5.1 {@code verifier_info}</td><td>{@link org.consentlab.credential.oid4vp.VerifierInfo},
 * {@link org.consentlab.credential.oid4vp.VerifierRegistration} (this app's format)</td></tr>
 * <tr><td>§5.9 client identifier prefixes</td><td>{@link org.consentlab.credential.oid4vp.ClientId}</td></tr>
 * <tr><td>§5 request objects (RFC 9101), §5.9.3 {@code x509_hash:}; the wallet's checks</td>
 * <td>{@link org.consentlab.credential.oid4vp.SignedRequest}, {@link org.consentlab.credential.oid4vp.RequestObjectException}</td></tr>
 * <tr><td>§5.1, §11.1 {@code client_metadata}: the response-encryption key</td><td>{@link org.consentlab.credential.oid4vp.ClientMetadata}</td></tr>
 * <tr><td>§8.3 encrypted responses, §8.3.1 {@code direct_post.jwt}</td><td>{@link org.consentlab.credential.oid4vp.EncryptedResponse}</td></tr>
 * <tr><td>§8.1 {@code vp_token}</td><td>{@link org.consentlab.credential.oid4vp.VpToken}</td></tr>
 * <tr><td>Appendix A.2, A.3.2.1 a signed request over the Digital Credentials API, {@code expected_origins},
 * the {@code origin:} audience (A.4)</td><td>{@link org.consentlab.credential.oid4vp.DcApiRequest}</td></tr>
 * <tr><td>Appendix A.4 the answer through the DC API, {@code dc_api.jwt}</td><td>{@link org.consentlab.credential.oid4vp.DcApiResponse}</td></tr>
 * <tr><td>W3C Digital Credentials API member names</td><td>{@link org.consentlab.credential.oid4vp.DigitalCredentials}</td></tr>
 * <tr><td>§8.2 {@code direct_post}; §8.5 error response</td><td>{@link org.consentlab.credential.oid4vp.AuthorizationResponse},
 * {@link org.consentlab.credential.oid4vp.DirectPostResponse}</td></tr>
 * </table>
 */
package org.consentlab.credential.oid4vp;
