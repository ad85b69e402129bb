/**
 * OpenID for Verifiable Credential Issuance 1.0, the messages of the pre-authorised code flow.
 *
 * <table>
 * <caption>OpenID4VCI 1.0 section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>every wire name</td><td>{@link org.consentlab.credential.oid4vci.Oid4vci}</td></tr>
 * <tr><td>§4.1 passing an offer by value; §4.1.1 Credential Offer</td><td>{@link org.consentlab.credential.oid4vci.CredentialOffer}</td></tr>
 * <tr><td>§4.1.1 {@code tx_code}</td><td>{@link org.consentlab.credential.oid4vci.TxCode}</td></tr>
 * <tr><td>§6.1 token request</td><td>{@link org.consentlab.credential.oid4vci.TokenRequest}</td></tr>
 * <tr><td>§6.2 token response</td><td>{@link org.consentlab.credential.oid4vci.TokenResponse}</td></tr>
 * <tr><td>§7.2 nonce response</td><td>{@link org.consentlab.credential.oid4vci.NonceResponse}</td></tr>
 * <tr><td>§8.2 credential request with {@code proofs}</td><td>{@link org.consentlab.credential.oid4vci.CredentialRequest}</td></tr>
 * <tr><td>§8.3 credential response</td><td>{@link org.consentlab.credential.oid4vci.CredentialResponse}</td></tr>
 * <tr><td>§12.2.4 credential issuer metadata</td><td>{@link org.consentlab.credential.oid4vci.CredentialIssuerMetadata},
 * {@link org.consentlab.credential.oid4vci.CredentialConfiguration}</td></tr>
 * <tr><td>§12.3, RFC 8414 §2 authorization server metadata</td><td>{@link org.consentlab.credential.oid4vci.AuthorizationServerMetadata}</td></tr>
 * </table>
 *
 * <p>Error codes are {@link org.consentlab.credential.oauth.OAuthError}; a malformed message is a
 * {@link org.consentlab.credential.oauth.MalformedMessageException}.
 */
package org.consentlab.credential.oid4vci;
