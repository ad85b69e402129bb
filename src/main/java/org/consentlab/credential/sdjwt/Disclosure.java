package org.consentlab.credential.sdjwt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A disclosure (RFC 9901 §4.2): the base64url of a JSON array {@code [salt, name, value]} for an
 * object property (§4.2.1) or {@code [salt, value]} for an array element (§4.2.2). It keeps the
 * exact text it was parsed or created from, because the digest is computed over that text (§4.2.3)
 * and never over a re-serialization.
 */
public sealed interface Disclosure permits ObjectPropertyDisclosure, ArrayElementDisclosure {

	/** The base64url text as sent, the input of the digest. */
	String encoded();

	String salt();

	/** The disclosed value: a JSON value as parsed by Nimbus (Map, List, String, Long, Double, Boolean or null). */
	Object value();

	/** The decoded JSON array: {@code [salt, name, value]} or {@code [salt, value]}. */
	List<Object> contents();

	/** The digest of this disclosure with {@code alg} (§4.2.3). */
	default DisclosureDigest digest(HashAlgorithm alg) {
		return DisclosureDigest.of(encoded(), alg);
	}

	/** Parses one disclosure; a failure is {@code MALFORMED_DISCLOSURE} or {@code JSON_TOO_DEEP}. */
	static Disclosure parse(String encoded, int maxDepth) {
		byte[] json;
		try {
			json = Base64Url.decode(encoded);
		} catch (IllegalArgumentException ex) {
			throw malformed("not canonical base64url");
		}
		List<Object> array = Json.parseArray(
				new String(json, StandardCharsets.UTF_8), maxDepth, VerificationErrorCode.MALFORMED_DISCLOSURE);
		if (array.size() < 2 || array.size() > 3 || !(array.get(0) instanceof String salt)) {
			throw malformed("not [salt, name, value] or [salt, value]");
		}
		if (array.size() == 2) {
			return new ArrayElementDisclosure(encoded, salt, array.get(1));
		}
		if (!(array.get(1) instanceof String name)) {
			throw malformed("claim name is not a string");
		}
		return new ObjectPropertyDisclosure(encoded, salt, name, array.get(2));
	}

	private static MalformedCredentialException malformed(String detail) {
		return new MalformedCredentialException(VerificationErrorCode.MALFORMED_DISCLOSURE, detail);
	}
}
