/**
 * X.509 for verifier trust: the certificates a classroom registrar issues to its verifiers, and
 * the checks a wallet runs on the chain a signed request carries.
 *
 * <table>
 * <caption>Specification to type</caption>
 * <tr><th>Section</th><th>Type</th></tr>
 * <tr><td>RFC 5280 §6 path validation (through the JDK's PKIX validator); RFC 7515 §4.1.6
 * {@code x5c}</td><td>{@link org.consentlab.credential.x509.CertificateChain}</td></tr>
 * <tr><td>OpenID4VP 1.0 §5.9.3 {@code x509_hash}</td><td>{@link org.consentlab.credential.x509.CertificateChain#x509Hash()}</td></tr>
 * <tr><td>RFC 5280 §4.2.1.9 basic constraints, §4.2.1.3 key usage: a root, an intermediate and
 * leaves that are never certificate authorities</td><td>{@link org.consentlab.credential.x509.CertificateAuthority}</td></tr>
 * <tr><td>every way a chain fails</td><td>{@link org.consentlab.credential.x509.UntrustedCertificateException}</td></tr>
 * </table>
 */
package org.consentlab.credential.x509;
