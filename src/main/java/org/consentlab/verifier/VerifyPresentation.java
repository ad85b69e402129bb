package org.consentlab.verifier;

import java.util.List;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationPolicy;
import org.consentlab.credential.verify.VerificationResult;
import org.springframework.stereotype.Component;

/**
 * Checks one presentation for one transaction. The raw presentation, compact or JSON (RFC 9901
 * §4, §8), goes to the credential core once: it finds the issuer's key from {@code iss} and
 * {@code kid} in the issuer's metadata if the issuer is one this verifier trusts, and runs every
 * RFC 9901 and SD-JWT VC check with key binding required, the KB-JWT's {@code aud} equal to the
 * verifier's client id and its {@code nonce} to the one this transaction issued (OpenID4VP 1.0
 * §B.3.6, §14.1), and the credential's status in the issuer's cached status list. Then the DCQL
 * query must be satisfied. For lab L9, a transaction that the learner's attack tools started at their
 * weakened verifier leaves one check out ({@link SwitchedOffCheck}), as the transaction records.
 */
@Component
class VerifyPresentation {

	private final IssuerTrust trust;

	private final StatusListClient statusLists;

	VerifyPresentation(IssuerTrust trust, StatusListClient statusLists) {
		this.trust = trust;
		this.statusLists = statusLists;
	}

	Verdict verify(VerifierProfile profile, Transaction tx, String presentation) {
		VerificationPolicy.Builder policy = VerificationPolicy.resolving(trust)
				.trustedIssuers(trust.trustedIssuers(profile))
				.requireKeyBinding(true)
				.expectedNonce(tx.nonce())
				.expectedAudience(tx.clientId())
				.statusListFetcher(statusLists);
		if (tx.skips() != null) {
			tx.skips().leaveOut(policy);
		}
		VerificationResult result = new SdJwtVerifier(policy.build()).verify(presentation);
		if (!(result instanceof VerificationResult.Verified verified)) {
			return new Verdict.Rejected(result.errors().stream()
					.map(error -> RejectionCode.of(error.code()))
					.toList());
		}
		if (!profile.vct().equals(verified.claims().get(SdJwtVc.VCT)) || !hasRequired(profile, verified)) {
			return Verdict.Rejected.of(TransactionError.QUERY_NOT_SATISFIED);
		}
		return new Verdict.Accepted(verified.claims(), presentation, CorrelationHandles.of(verified.presentation()));
	}

	private static boolean hasRequired(VerifierProfile profile, VerificationResult.Verified verified) {
		List<ClaimPath> disclosed = verified.disclosedPaths();
		return profile.required().stream()
				.map(ClaimPath::of)
				.allMatch(path -> disclosed.stream().anyMatch(path::overlaps));
	}
}
