package org.consentlab.verifier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * The values in a presentation that stay the same each time one credential is shown, so that two
 * verifiers who pool their logs can tell it was the same holder (RFC 9901 §10.1, verifier/verifier
 * unlinkability): the issuer's signature, the holder key in {@code cnf} (its RFC 7638 thumbprint),
 * the status list entry (Token Status List §12.5) and the digests of the disclosures sent.
 *
 * @param signature the issuer-signed JWT's signature, base64url
 * @param cnf the SHA-256 thumbprint of the cnf key, or null
 * @param status the status list URI and index, {@code uri#idx}, or null
 * @param digests the digests of the disclosed disclosures
 */
public record CorrelationHandles(String signature, String cnf, String status, List<String> digests) {

	public CorrelationHandles {
		digests = List.copyOf(digests);
	}

	/** The handles of a parsed presentation. */
	static CorrelationHandles of(SdJwt presentation) {
		String compact = presentation.issuerSignedJwt().compact();
		String cnf;
		try {
			JWK key = presentation.confirmationKey().orElse(null);
			cnf = key == null ? null : key.computeThumbprint().toString();
		} catch (JOSEException | MalformedCredentialException ex) {
			cnf = null;
		}
		String status = null;
		if (presentation.payload().get(SdJwtVc.STATUS) instanceof Map<?, ?> claim
				&& claim.get("status_list") instanceof Map<?, ?> list) {
			status = list.get("uri") + "#" + list.get("idx");
		}
		HashAlgorithm alg = presentation.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
		List<String> digests = new ArrayList<>();
		for (Disclosure disclosure : presentation.disclosures()) {
			digests.add(disclosure.digest(alg).value());
		}
		return new CorrelationHandles(compact.substring(compact.lastIndexOf('.') + 1), cnf, status, digests);
	}

	String json() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("signature", signature);
		map.put("cnf", cnf);
		map.put("status", status);
		map.put("digests", digests);
		return Json.write(map);
	}

	static CorrelationHandles parse(String json) {
		Map<String, Object> map = Json.parseObject(json, 4, VerificationErrorCode.MALFORMED_SD_JWT);
		List<String> digests = new ArrayList<>();
		if (map.get("digests") instanceof List<?> list) {
			list.forEach(d -> digests.add(String.valueOf(d)));
		}
		return new CorrelationHandles(
				text(map.get("signature")), text(map.get("cnf")), text(map.get("status")), digests);
	}

	/** The kinds of handle both carry: {@code signature}, {@code cnf}, {@code status}, {@code digest}. */
	public List<String> sharedWith(CorrelationHandles other) {
		List<String> shared = new ArrayList<>();
		if (signature != null && signature.equals(other.signature)) {
			shared.add("signature");
		}
		if (cnf != null && cnf.equals(other.cnf)) {
			shared.add("cnf");
		}
		if (status != null && status.equals(other.status)) {
			shared.add("status");
		}
		if (digests.stream().anyMatch(other.digests::contains)) {
			shared.add("digest");
		}
		return shared;
	}

	private static String text(Object value) {
		return value instanceof String s ? s : null;
	}
}
