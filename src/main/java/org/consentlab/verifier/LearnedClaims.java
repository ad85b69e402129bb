package org.consentlab.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationErrorCode;

/** What a verifier stores of a verified presentation: the processed claims, as JSON. */
final class LearnedClaims {

	/** Claims of every SD-JWT VC that describe the credential rather than the person (SD-JWT VC §3.2.2.2). */
	static final List<String> TECHNICAL =
			List.of("iss", "vct", SdJwtVc.VCT_INTEGRITY, "iat", "nbf", "exp", "cnf", "status");

	private LearnedClaims() {}

	static String json(Map<String, Object> claims) {
		return Json.write(claims);
	}

	/** The personal claim names among stored claims, sorted; empty for null. */
	static List<String> names(String json) {
		List<String> names = new ArrayList<>();
		if (json != null) {
			names.addAll(Json.parseObject(json, 32, VerificationErrorCode.MALFORMED_SD_JWT)
					.keySet());
			names.removeAll(TECHNICAL);
			names.sort(null);
		}
		return names;
	}
}
