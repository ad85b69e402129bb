/**
 * The Digital Credentials Query Language of OpenID for Verifiable Presentations 1.0 (§6, §7).
 *
 * <table>
 * <caption>OpenID4VP 1.0 section to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>every wire name</td><td>{@link org.consentlab.credential.dcql.Dcql}</td></tr>
 * <tr><td>§6 DCQL query; §6.4.2 selecting credentials</td><td>{@link org.consentlab.credential.dcql.DcqlQuery}</td></tr>
 * <tr><td>§6.2 credential set query ({@code options}, {@code required})</td><td>{@link org.consentlab.credential.dcql.CredentialSetQuery}</td></tr>
 * <tr><td>§6.1 credential query; §6.4.1 claim sets, selecting claims; Appendix B.3.5 {@code vct_values}</td><td>{@link org.consentlab.credential.dcql.CredentialQuery}</td></tr>
 * <tr><td>§6.3 claims query and {@code values}; §7 claims path pointer and its selection</td><td>{@link org.consentlab.credential.dcql.ClaimsQuery}</td></tr>
 * </table>
 */
package org.consentlab.credential.dcql;
