/**
 * OAuth 2.0 as OpenID4VCI and OpenID4VP extend it: what both protocols share.
 *
 * <table>
 * <caption>Section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §6.3 and §8.3.1.2, OpenID4VP 1.0 §8.5 error codes</td><td>{@link org.consentlab.credential.oauth.OAuthError}</td></tr>
 * <tr><td>RFC 6749 §3.1 unknown parameters ignored; malformed messages</td><td>{@link org.consentlab.credential.oauth.JsonMembers},
 * {@link org.consentlab.credential.oauth.MalformedMessageException}</td></tr>
 * <tr><td>OpenID4VCI 1.0 §4.1 credential offer endpoint, OpenID4VP 1.0 §5 authorization endpoint</td><td>{@link org.consentlab.credential.oauth.WalletEndpoints}</td></tr>
 * </table>
 */
package org.consentlab.credential.oauth;
