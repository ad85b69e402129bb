package org.consentlab.verifier;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a verifier concluded about one response, as its transaction log stores it: accepted, with
 * the claims it learned, the presentation as received and its correlation handles; or rejected,
 * with every typed code (RFC 9901 §7.3, OpenID4VP 1.0 §8.1).
 */
sealed interface Verdict permits Verdict.Accepted, Verdict.Rejected {

	/**
	 * @param claims the processed claims the verifier learned
	 * @param presentation the presentation as received, compact or JSON (RFC 9901 §4, §8)
	 * @param handles the values in it that stay the same each time the credential is shown
	 */
	record Accepted(Map<String, Object> claims, String presentation, CorrelationHandles handles) implements Verdict {

		public Accepted {
			Objects.requireNonNull(claims, "claims");
			Objects.requireNonNull(presentation, "presentation");
			Objects.requireNonNull(handles, "handles");
		}
	}

	/** A rejection with at least one code, each once, in the order the checks found them. */
	record Rejected(List<RejectionCode> codes) implements Verdict {

		public Rejected {
			codes = codes.stream().distinct().toList();
			if (codes.isEmpty()) {
				throw new IllegalArgumentException("a rejection names at least one code");
			}
		}

		static Rejected of(RejectionCode code) {
			return new Rejected(List.of(code));
		}
	}
}
