package org.consentlab.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.DisclosureProcessor;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ObjectPropertyDisclosure;
import org.consentlab.credential.sdjwt.ProcessedPayload;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;

/**
 * A credential laid out for reading (RFC 9901 §4): the issuer-signed JWT's header and payload, each
 * disclosure as sent and decoded, and the claims they add up to. Digests are not shown: computing
 * one is the learner's task in lab L7.
 */
public record CredentialView(
		HeldCredential held, String header, String payload, List<DisclosureRow> disclosures, List<ClaimRow> claims) {

	/** One disclosure: its base64url text and the JSON array inside. */
	public record DisclosureRow(String encoded, String decoded, String claimName) {}

	/** One claim the credential holds, written {@code address.locality}, and its value as JSON. */
	public record ClaimRow(String path, String value) {}

	/** Fields of an SD-JWT VC that say what the credential is, not who the holder is. */
	static final List<String> TECHNICAL =
			List.of("iss", "vct", SdJwtVc.VCT_INTEGRITY, "iat", "nbf", "exp", "cnf", "status");

	static CredentialView of(HeldCredential held) {
		SdJwt sdJwt = held.parsed();
		List<DisclosureRow> disclosures = new ArrayList<>();
		for (Disclosure disclosure : sdJwt.disclosures()) {
			String name = (disclosure instanceof ObjectPropertyDisclosure)
					? ((ObjectPropertyDisclosure) disclosure).claimName()
					: "";
			disclosures.add(new DisclosureRow(disclosure.encoded(), Json.write(disclosure.contents()), name));
		}
		ProcessedPayload processed = DisclosureProcessor.process(
				sdJwt.payload(), sdJwt.disclosures(), sdJwt.hashAlgorithm().orElse(HashAlgorithm.SHA_256), 32);
		List<ClaimRow> claims = new ArrayList<>();
		flatten("", processed.claims(), claims);
		return new CredentialView(
				held,
				PrettyJson.write(sdJwt.issuerSignedJwt().header().toJSONObject()),
				PrettyJson.write(sdJwt.payload()),
				List.copyOf(disclosures),
				List.copyOf(claims));
	}

	private static void flatten(String prefix, Map<?, ?> object, List<ClaimRow> out) {
		for (Map.Entry<?, ?> entry : object.entrySet()) {
			String name = String.valueOf(entry.getKey());
			if (prefix.isEmpty() && TECHNICAL.contains(name)) {
				continue;
			}
			if (entry.getValue() instanceof Map) {
				flatten(prefix + name + ".", (Map<?, ?>) entry.getValue(), out);
			} else {
				out.add(new ClaimRow(prefix + name, Json.write(entry.getValue())));
			}
		}
	}
}
