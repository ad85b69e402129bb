/**
 * The classroom's trust framework for verifiers ("who is asking?"): a root certificate authority,
 * an access-certificate authority under it, and a registrar, made once at first start and kept in
 * the database; per verifier an access certificate and a signed registration certificate; and the
 * public register that lists them. The wallet trusts the root; a verifier signs its requests with
 * its access certificate and sends its registration with them. Built on
 * {@link org.consentlab.credential.x509} and {@link org.consentlab.credential.registration}.
 */
package org.consentlab.trust;
