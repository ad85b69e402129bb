/**
 * Token Status List (draft-ietf-oauth-status-list): how an issuer revokes or suspends a credential
 * without learning who verifies it.
 *
 * <table>
 * <caption>Token Status List section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>§4 Status List: 1/2/4/8 bits, LSB first, ZLIB, base64url</td><td>{@link org.consentlab.credential.status.StatusList}</td></tr>
 * <tr><td>§5.1 Status List Token ({@code statuslist+jwt})</td><td>{@link org.consentlab.credential.status.StatusListToken}</td></tr>
 * <tr><td>§6 Referenced Token, {@code status.status_list {idx, uri}}</td><td>{@link org.consentlab.credential.status.StatusReference}</td></tr>
 * <tr><td>§7.1 Status Types</td><td>{@link org.consentlab.credential.status.Status}</td></tr>
 * <tr><td>§8 fetching and caching (ttl)</td><td>{@link org.consentlab.credential.status.StatusListFetcher},
 * {@link org.consentlab.credential.status.CachingStatusListFetcher}</td></tr>
 * </table>
 */
package org.consentlab.credential.status;
