package org.consentlab.credential.vc;

import java.util.Map;
import java.util.function.Function;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A metadata document fetched from an issuer (JWT VC Issuer Metadata, §4; Type Metadata, §5), read
 * as one JSON object within a length and a nesting depth, so that a hostile document costs little.
 * Each document type raises its own typed error.
 */
final class BoundedJson {

	private BoundedJson() {}

	static Map<String, Object> object(
			String json,
			int maxLength,
			int maxDepth,
			Function<String, RuntimeException> notAnObject,
			Function<String, RuntimeException> tooDeep) {
		if (json == null || json.isEmpty() || json.length() > maxLength) {
			throw notAnObject.apply("empty or longer than " + maxLength + " characters");
		}
		try {
			return Json.parseObject(json, maxDepth, VerificationErrorCode.MALFORMED_SD_JWT);
		} catch (MalformedCredentialException ex) {
			throw ex.code() == VerificationErrorCode.JSON_TOO_DEEP
					? tooDeep.apply("nested deeper than " + maxDepth)
					: notAnObject.apply("not a JSON object");
		}
	}
}
