package org.consentlab.credential;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.verify.VerificationPolicy;

/**
 * Credentials for tests: the RFC 9901 Appendix A.5 keys, counting salts, a fixed clock, an SD-JWT
 * VC with nested and array-element disclosures, and presentations of it with key binding.
 */
public final class TestCredentials {

	public static final JWK ISSUER_KEY = TestVectors.jwk("rfc9901/appendix-a.5-issuer-key.jwk.json");

	public static final JWK HOLDER_KEY = TestVectors.jwk("rfc9901/appendix-a.5-holder-key.jwk.json");

	public static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	public static final String NONCE = "n-0S6_WzA2Mj";

	public static final String AUDIENCE = "https://verifier.example.org";

	public static final String ISSUER = "https://issuer.example.org";

	/** The paths issued as selectively disclosable. */
	public static final List<ClaimPath> DISCLOSABLE = paths(
			"given_name",
			"family_name",
			"birthdate",
			"address",
			"address.locality",
			"address.country",
			"nationalities[]");

	private TestCredentials() {}

	public static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("iat", NOW.getEpochSecond() - 60);
		claims.put("exp", NOW.getEpochSecond() + 86400);
		claims.put("vct", "urn:example:pid");
		claims.put("given_name", "Erika");
		claims.put("family_name", "Mustermann");
		claims.put("birthdate", "1963-08-12");
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("street_address", "Heidestrasse 17");
		address.put("locality", "Koeln");
		address.put("country", "DE");
		claims.put("address", address);
		claims.put("nationalities", List.of("DE", "FR"));
		return claims;
	}

	public static SdJwtIssuer issuer() {
		return SdJwtIssuer.builder(ISSUER_KEY)
				.saltSource(TestSalts.counting())
				.decoys(2)
				.build();
	}

	/** The credential the issuer hands to the holder: every disclosure, no key binding. */
	public static SdJwt credential() {
		return issuer().issue(claims(), DISCLOSABLE, HOLDER_KEY);
	}

	/** A presentation of {@code paths} with a KB-JWT for {@link #NONCE} and {@link #AUDIENCE}, signed now. */
	public static String presentation(String... paths) {
		SdJwt chosen = Presentation.select(credential(), paths(paths), 32);
		return bind(chosen, HOLDER_KEY, NOW).serialize();
	}

	public static SdJwt bind(SdJwt sdJwt, JWK holderKey, Instant issuedAt) {
		return sdJwt.withKeyBinding(
				KeyBindingJwt.create(sdJwt, holderKey, NONCE, AUDIENCE, issuedAt, CryptoProvider.DEFAULT));
	}

	/** The verifier's policy for these credentials: SD-JWT VC, the fixed clock, the nonce and audience. */
	public static VerificationPolicy.Builder policy() {
		return VerificationPolicy.builder(ISSUER_KEY.toPublicJWK())
				.clock(TestVectors.clockAt(NOW))
				.expectedNonce(NONCE)
				.expectedAudience(AUDIENCE);
	}

	/** A hand-made SD-JWT: {@code payload} signed by the issuer as it stands, then these disclosures. */
	public static String signed(Map<String, Object> payload, String typ, String... disclosures) {
		ParsedJws jwt = ParsedJws.sign(new JOSEObjectType(typ), payload, ISSUER_KEY, CryptoProvider.DEFAULT);
		StringBuilder text = new StringBuilder(jwt.compact()).append('~');
		for (String disclosure : disclosures) {
			text.append(disclosure).append('~');
		}
		return text.toString();
	}

	public static String encoded(Disclosure disclosure) {
		return disclosure.encoded();
	}

	public static List<ClaimPath> paths(String... paths) {
		return Arrays.stream(paths).map(ClaimPath::parse).toList();
	}
}
