package org.consentlab.credential.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationError;

/**
 * What a verifier concluded (RFC 9901 §7.3): {@link Verified} with the processed claims, or
 * {@link Rejected} with every broken rule, so a learner sees all problems at once.
 */
public sealed interface VerificationResult permits VerificationResult.Verified, VerificationResult.Rejected {

	boolean isVerified();

	/** The broken rules; empty when verified. */
	List<VerificationError> errors();

	/**
	 * A verified presentation.
	 *
	 * @param claims the processed payload: disclosed claims in place, {@code _sd}, {@code _sd_alg} and
	 * digests removed, undisclosed claims absent (§7.1 step 3)
	 * @param disclosedPaths where each disclosure sent landed in {@code claims}
	 * @param presentation the presentation as parsed, in either serialization: what a verifier keeps
	 * beyond the claims (its signature, {@code cnf}, digests) comes from here, without parsing again
	 */
	record Verified(Map<String, Object> claims, List<ClaimPath> disclosedPaths, SdJwt presentation)
			implements VerificationResult {

		public Verified {
			Objects.requireNonNull(claims, "claims");
			disclosedPaths = List.copyOf(disclosedPaths);
			Objects.requireNonNull(presentation, "presentation");
		}

		@Override
		public boolean isVerified() {
			return true;
		}

		@Override
		public List<VerificationError> errors() {
			return List.of();
		}
	}

	/** A rejected presentation, with at least one error. */
	record Rejected(List<VerificationError> errors) implements VerificationResult {

		public Rejected {
			errors = List.copyOf(errors);
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("a rejection names at least one error");
			}
		}

		@Override
		public boolean isVerified() {
			return false;
		}
	}
}
