package org.consentlab.credential.sdjwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.spec.VerificationError;

/**
 * The outcome of processing disclosures against an issuer-signed payload (RFC 9901 §7.1 step 3):
 * the processed claims ({@code _sd}, {@code _sd_alg} and {@code ...} gone), where each disclosure
 * landed, and every rule that was broken on the way.
 *
 * @param claims the processed payload
 * @param paths the path each referenced disclosure was inserted at, in order of insertion
 * @param errors every broken rule, empty when the disclosures are sound
 */
public record ProcessedPayload(
		Map<String, Object> claims, Map<Disclosure, ClaimPath> paths, List<VerificationError> errors) {

	public ProcessedPayload {
		claims = Collections.unmodifiableMap(claims);
		paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
		errors = List.copyOf(errors);
	}

	public boolean isSound() {
		return this.errors.isEmpty();
	}
}
