package org.consentlab.credential.vc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.MalformedIssuerMetadataException.Problem;

/**
 * An issuer's JWT VC Issuer Metadata (draft-ietf-oauth-sd-jwt-vc §4): its identifier and the public
 * keys it signs with, published at {@code /.well-known/jwt-vc-issuer} + the path of {@code iss}
 * (§4.1). The issuer writes it with {@link #toJson()}; a wallet or verifier reads it with
 * {@link #parse(String)} and uses its keys only for a credential whose {@code iss} it
 * {@linkplain #isFor(String) is for} (§4.3). Keys are carried by value ({@code jwks}); a document
 * that only points to them ({@code jwks_uri}) is refused, since nothing here fetches a second URL.
 */
public final class JwtVcIssuerMetadata {

	/** The longest document read: a few keys fit many times over. */
	public static final int MAX_LENGTH = 64 * 1024;

	/** Object, {@code jwks}, {@code keys}, a key, an {@code x5c} array: five levels, and one to spare. */
	public static final int MAX_DEPTH = 6;

	/** The most keys read from one set: an issuer rotating its key publishes two or three. */
	public static final int MAX_KEYS = 16;

	private final String issuer;

	private final List<JWK> keys;

	/** Metadata of {@code issuer} with its public {@code keys} (at least one, at most {@link #MAX_KEYS}). */
	public JwtVcIssuerMetadata(String issuer, List<JWK> keys) {
		if (issuer == null || issuer.isBlank()) {
			throw new MalformedIssuerMetadataException(Problem.ISSUER_MISSING, "the issuer identifier is empty");
		}
		Objects.requireNonNull(keys, "keys");
		if (keys.isEmpty() || keys.size() > MAX_KEYS) {
			throw new MalformedIssuerMetadataException(
					Problem.JWKS_INVALID, "holds " + keys.size() + " keys, not 1 to " + MAX_KEYS);
		}
		for (JWK key : keys) {
			if (key.isPrivate()) {
				throw new MalformedIssuerMetadataException(
						Problem.PRIVATE_KEY, "key " + key.getKeyID() + " has private parameters");
			}
		}
		this.issuer = issuer;
		this.keys = List.copyOf(keys);
	}

	/** Reads a metadata document (§4.2) within {@link #MAX_LENGTH} characters and {@link #MAX_DEPTH} levels. */
	public static JwtVcIssuerMetadata parse(String json) {
		Map<String, Object> members = BoundedJson.object(
				json,
				MAX_LENGTH,
				MAX_DEPTH,
				detail -> new MalformedIssuerMetadataException(Problem.NOT_A_JSON_OBJECT, detail),
				detail -> new MalformedIssuerMetadataException(Problem.TOO_DEEP, detail));
		if (!(members.get(SdJwtVc.METADATA_ISSUER) instanceof String issuer)) {
			throw new MalformedIssuerMetadataException(Problem.ISSUER_MISSING, "no issuer string");
		}
		Object jwks = members.get(SdJwtVc.METADATA_JWKS);
		if (jwks != null && members.containsKey(SdJwtVc.METADATA_JWKS_URI)) {
			throw new MalformedIssuerMetadataException(Problem.JWKS_AND_JWKS_URI, "both jwks and jwks_uri");
		}
		if (jwks == null) {
			throw new MalformedIssuerMetadataException(Problem.JWKS_MISSING, "no jwks (jwks_uri is not followed)");
		}
		if (!(jwks instanceof Map<?, ?> set)) {
			throw new MalformedIssuerMetadataException(Problem.JWKS_INVALID, "jwks is not an object");
		}
		if (set.get("keys") instanceof List<?> list && list.size() > MAX_KEYS) {
			throw new MalformedIssuerMetadataException(Problem.JWKS_INVALID, "more than " + MAX_KEYS + " keys");
		}
		List<JWK> keys;
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> object = (Map<String, Object>) set;
			keys = JWKSet.parse(object).getKeys();
		} catch (ParseException | RuntimeException ex) {
			throw new MalformedIssuerMetadataException(Problem.JWKS_INVALID, "jwks is not a JWK Set");
		}
		return new JwtVcIssuerMetadata(issuer, keys);
	}

	/** The document to publish (§4.2), {@code issuer} then {@code jwks}. */
	public String toJson() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(SdJwtVc.METADATA_ISSUER, issuer);
		document.put(SdJwtVc.METADATA_JWKS, new JWKSet(keys).toJSONObject(true));
		return Json.write(document);
	}

	public String issuer() {
		return issuer;
	}

	/** The public keys, newest first as the issuer listed them. */
	public List<JWK> keys() {
		return keys;
	}

	/** §4.3: the metadata may be used only for a credential whose {@code iss} is identical to {@code issuer}. */
	public boolean isFor(String iss) {
		return issuer.equals(iss);
	}

	/**
	 * The key a JWS names by {@code kid} (§4.2 recommends one); without a kid, the only key, if there
	 * is exactly one, since guessing among several would let any of them sign.
	 */
	public Optional<JWK> key(String kid) {
		if (kid == null) {
			return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
		}
		return keys.stream().filter(key -> kid.equals(key.getKeyID())).findFirst();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof JwtVcIssuerMetadata that && issuer.equals(that.issuer) && keys.equals(that.keys);
	}

	@Override
	public int hashCode() {
		return Objects.hash(issuer, keys);
	}

	@Override
	public String toString() {
		return "JwtVcIssuerMetadata[" + issuer + ", " + keys.size() + " keys]";
	}
}
