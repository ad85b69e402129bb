package org.consentlab.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.DisclosureProcessor;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ProcessedPayload;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.VerificationError;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A pasted SD-JWT or presentation taken apart (RFC 9901 §4): the issuer-signed JWT's header and
 * payload, each disclosure with its digest (§4.2.3) and where that digest sits in the payload (or
 * that it sits nowhere), the Key Binding JWT (§4.3), and the verdict with every error code.
 *
 * @param parseError the code when the text is not an SD-JWT at all, else null
 * @param verdictCodes the verifier's error codes; empty when verified
 * @param verdictChecked false when no verdict could be reached (an issuer this app does not know)
 */
public record Inspection(
		VerificationErrorCode parseError,
		String header,
		String payload,
		List<Part> disclosures,
		String kbHeader,
		String kbPayload,
		boolean verdictChecked,
		List<VerificationErrorCode> verdictCodes) {

	/** One disclosure: as sent, decoded, its digest, and the claim path it lands at (null when unreferenced). */
	public record Part(String encoded, String decoded, String digest, String landsAt) {}

	static Inspection failed(VerificationErrorCode code) {
		return new Inspection(code, null, null, List.of(), null, null, true, List.of(code));
	}

	static Inspection of(SdJwt sdJwt, boolean checked, List<VerificationError> errors) {
		HashAlgorithm alg = sdJwt.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
		Map<Disclosure, ClaimPath> paths;
		try {
			ProcessedPayload processed = DisclosureProcessor.process(sdJwt.payload(), sdJwt.disclosures(), alg, 32);
			paths = processed.paths();
		} catch (MalformedCredentialException ex) {
			paths = Map.of();
		}
		List<Part> parts = new ArrayList<>();
		for (Disclosure disclosure : sdJwt.disclosures()) {
			ClaimPath at = paths.get(disclosure);
			parts.add(new Part(
					disclosure.encoded(),
					Json.write(disclosure.contents()),
					disclosure.digest(alg).value(),
					at == null ? null : at.toString()));
		}
		String kbHeader = sdJwt.keyBinding()
				.map(kb -> Json.write(kb.jws().header().toJSONObject()))
				.orElse(null);
		String kbPayload =
				sdJwt.keyBinding().map(kb -> Json.write(kb.jws().claims())).orElse(null);
		List<VerificationErrorCode> codes =
				errors.stream().map(VerificationError::code).distinct().toList();
		return new Inspection(
				null,
				Json.write(sdJwt.issuerSignedJwt().header().toJSONObject()),
				Json.write(sdJwt.payload()),
				List.copyOf(parts),
				kbHeader,
				kbPayload,
				checked,
				codes);
	}
}
