package org.consentlab.cli;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ObjectPropertyDisclosure;
import org.consentlab.credential.sdjwt.SdJwt;

/**
 * The readable breakdown {@code sd-jwt decode} prints: the issuer-signed JWT's header and payload,
 * each disclosure with its digest (RFC 9901 §4.2.3), and the KB-JWT's header and payload.
 */
final class SdJwtBreakdown {

	private SdJwtBreakdown() {}

	static String of(SdJwt sdJwt, CliMessages messages) {
		StringBuilder text = new StringBuilder();
		appendJws(text, messages.get("decode.issuer-jwt"), sdJwt.issuerSignedJwt(), messages);
		HashAlgorithm alg = sdJwt.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
		for (int i = 0; i < sdJwt.disclosures().size(); i++) {
			Disclosure disclosure = sdJwt.disclosures().get(i);
			text.append('\n')
					.append(messages.get(
							disclosure instanceof ObjectPropertyDisclosure
									? "decode.object-disclosure"
									: "decode.array-disclosure",
							i + 1))
					.append('\n');
			text.append("  ")
					.append(messages.get("decode.digest", alg.specName(), disclosure.digest(alg)))
					.append('\n');
			text.append("  ")
					.append(messages.get("decode.contents", Json.write(disclosure.contents())))
					.append('\n');
		}
		sdJwt.keyBinding()
				.ifPresent((kb) -> appendJws(text.append('\n'), messages.get("decode.kb-jwt"), kb.jws(), messages));
		return text.toString().stripTrailing();
	}

	private static void appendJws(StringBuilder text, String title, ParsedJws jws, CliMessages messages) {
		text.append(title).append('\n');
		text.append("  ")
				.append(messages.get("decode.header", jws.header().toString()))
				.append('\n');
		text.append("  ")
				.append(messages.get("decode.payload", Json.write(jws.claims())))
				.append('\n');
	}
}
