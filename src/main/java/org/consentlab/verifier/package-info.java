/**
 * The Wallet world's verifiers (relying parties): each asks for what its purpose needs with an
 * OpenID4VP 1.0 request carrying a DCQL query, receives the presentation by direct_post, hands it
 * to the credential core once (which finds the issuer's key through {@code IssuerTrust}), and keeps
 * a log of what it learned and of what it rejected, one typed {@code RejectionCode} per row. The
 * learner's tools against these verifiers live in {@code inspector}.
 */
package org.consentlab.verifier;
