package org.consentlab.credential.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A JWS in compact serialization (RFC 7515 §7.1), each segment decoded once: the exact text it
 * came from, the protected header, and the JSON object payload.
 *
 * @param compact the text, {@code header.payload.signature}
 * @param header the protected header, as Nimbus reads it
 * @param claims the payload
 */
public record ParsedJws(String compact, JWSHeader header, Map<String, Object> claims) {

	/** {@code claims} must not be changed after construction: parsing and signing pass a map of their own. */
	public ParsedJws {
		Objects.requireNonNull(compact, "compact");
		Objects.requireNonNull(header, "header");
		claims = Collections.unmodifiableMap(claims);
	}

	/** Parses a compact JWS; failures become {@code malformed}, {@code UNSUPPORTED_ALGORITHM} or {@code JSON_TOO_DEEP}. */
	public static ParsedJws parse(String compact, int maxDepth, VerificationErrorCode malformed) {
		String[] segments = compact.split("\\.", -1);
		if (segments.length != 3) {
			throw new MalformedCredentialException(malformed, "not a compact JWS");
		}
		Map<String, Object> header = Json.parseObject(text(segments[0], malformed), maxDepth, malformed);
		Map<String, Object> claims = Json.parseObject(text(segments[1], malformed), maxDepth, malformed);
		text(segments[2], malformed);
		if ("none".equals(header.get("alg"))) {
			// Nimbus refuses to read an unsecured JWS header; name the real problem instead (RFC 9901 §9.1).
			throw new MalformedCredentialException(VerificationErrorCode.UNSUPPORTED_ALGORITHM, "none");
		}
		try {
			return new ParsedJws(compact, JWSHeader.parse(header, new Base64URL(segments[0])), claims);
		} catch (ParseException | RuntimeException ex) {
			throw new MalformedCredentialException(malformed, "not a JWS header");
		}
	}

	/** Signs {@code claims} with {@code privateKey}, its algorithm taken from the key. */
	public static ParsedJws sign(
			JOSEObjectType typ, Map<String, Object> claims, JWK privateKey, CryptoProvider provider) {
		return sign(typ, claims, privateKey, Signatures.signer(privateKey, provider));
	}

	/** Signs {@code claims} with a signer made once for {@code privateKey}. */
	public static ParsedJws sign(JOSEObjectType typ, Map<String, Object> claims, JWK privateKey, JWSSigner signer) {
		JWSHeader header = new JWSHeader.Builder(Signatures.algorithmFor(privateKey))
				.type(typ)
				.keyID(privateKey.getKeyID())
				.build();
		JWSObject jws = new JWSObject(header, new Payload(Json.write(claims)));
		try {
			jws.sign(signer);
		} catch (JOSEException ex) {
			throw new IllegalStateException("signing failed", ex);
		}
		return new ParsedJws(jws.serialize(), header, new LinkedHashMap<>(claims));
	}

	public JWSAlgorithm algorithm() {
		return this.header.getAlgorithm();
	}

	/** The header's {@code typ}, or null. */
	public String type() {
		JOSEObjectType typ = this.header.getType();
		return (typ != null) ? typ.getType() : null;
	}

	/** True when the signature over {@code header.payload} verifies; a verifier that throws counts as "does not". */
	public boolean verify(JWSVerifier verifier) {
		int lastDot = this.compact.lastIndexOf('.');
		byte[] signingInput = this.compact.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
		try {
			return verifier.verify(this.header, signingInput, new Base64URL(this.compact.substring(lastDot + 1)));
		} catch (JOSEException | RuntimeException ex) {
			return false;
		}
	}

	/** The UTF-8 text of one canonical base64url segment (RFC 7515 §7.1). */
	private static String text(String segment, VerificationErrorCode malformed) {
		try {
			return new String(Base64Url.decode(segment), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException ex) {
			throw new MalformedCredentialException(malformed, "a segment is not canonical base64url");
		}
	}
}
