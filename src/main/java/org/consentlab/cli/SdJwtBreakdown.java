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

	static String of(SdJwt sdJwt) {
		StringBuilder text = new StringBuilder();
		appendJws(text, "Issuer-signed JWT", sdJwt.issuerSignedJwt());
		HashAlgorithm alg = sdJwt.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
		for (int i = 0; i < sdJwt.disclosures().size(); i++) {
			Disclosure disclosure = sdJwt.disclosures().get(i);
			text.append("\nDisclosure ")
					.append(i + 1)
					.append(" (")
					.append(kind(disclosure))
					.append(")\n");
			text.append("  digest (")
					.append(alg.specName())
					.append("): ")
					.append(disclosure.digest(alg))
					.append('\n');
			text.append("  contents: ")
					.append(Json.write(disclosure.contents()))
					.append('\n');
		}
		sdJwt.keyBinding().ifPresent((kb) -> appendJws(text.append('\n'), "Key Binding JWT", kb.jws()));
		return text.toString().stripTrailing();
	}

	private static void appendJws(StringBuilder text, String title, ParsedJws jws) {
		text.append(title).append('\n');
		text.append("  header: ").append(jws.header().toString()).append('\n');
		text.append("  payload: ").append(Json.write(jws.claims())).append('\n');
	}

	private static String kind(Disclosure disclosure) {
		return (disclosure instanceof ObjectPropertyDisclosure) ? "object property" : "array element";
	}
}
