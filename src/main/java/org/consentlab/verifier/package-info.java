/**
 * The Wallet world's verifiers (relying parties): each asks for what its purpose needs with an
 * OpenID4VP 1.0 request carrying a DCQL query, receives the presentation by direct_post, checks it
 * with the credential core, and keeps a log of what it learned and of what it rejected and why.
 */
package org.consentlab.verifier;
