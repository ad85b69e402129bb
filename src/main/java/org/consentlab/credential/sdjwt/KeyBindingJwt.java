package org.consentlab.credential.sdjwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Key Binding JWT (RFC 9901 §4.3): signed by the holder's key, {@code typ: kb+jwt}, with
 * {@code iat}, {@code aud}, {@code nonce} and {@code sd_hash}, the digest of the presentation it
 * ends (§4.3.1).
 */
public record KeyBindingJwt(ParsedJws jws) {

	public KeyBindingJwt {
		Objects.requireNonNull(jws, "jws");
	}

	/** Parses a KB-JWT; failures are {@code MALFORMED_KB_JWT} or {@code JSON_TOO_DEEP}. */
	public static KeyBindingJwt parse(String compact, int maxDepth) {
		return new KeyBindingJwt(ParsedJws.parse(compact, maxDepth, VerificationErrorCode.MALFORMED_KB_JWT));
	}

	/**
	 * Signs a KB-JWT for the presentation {@code sdJwt} (§4.3): {@code sd_hash} is computed over
	 * its serialization without key binding, with its {@code _sd_alg}.
	 */
	public static KeyBindingJwt create(
			SdJwt sdJwt, JWK holderKey, String nonce, String audience, Instant issuedAt, CryptoProvider provider) {
		HashAlgorithm alg =
				sdJwt.hashAlgorithm().orElseThrow(() -> new IllegalArgumentException("unsupported _sd_alg"));
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(Rfc9901.NONCE, nonce);
		claims.put(Rfc9901.AUD, audience);
		claims.put(Rfc9901.IAT, issuedAt.getEpochSecond());
		claims.put(Rfc9901.SD_HASH, alg.digest(sdJwt.serializeWithoutKeyBinding()));
		return new KeyBindingJwt(ParsedJws.sign(new JOSEObjectType(Rfc9901.KB_JWT_TYPE), claims, holderKey, provider));
	}

	public String compact() {
		return this.jws.compact();
	}

	/** A claim of the KB-JWT's payload, or null. */
	public Object claim(String name) {
		return this.jws.claims().get(name);
	}
}
