package org.consentlab.credential.oid4vp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * The verifier metadata a request carries in {@code client_metadata} (OpenID4VP 1.0 §5.1, §11.1):
 * here only what an encrypted response needs, the verifier's ephemeral public key and the content
 * encryption it accepts (§8.3).
 *
 * @param encryptionKey a public P-256 key with {@code alg: ECDH-ES}, made for this one request
 * @param encValues the accepted {@code enc} values, {@code A128GCM} first by default
 */
public record ClientMetadata(ECKey encryptionKey, List<EncryptionMethod> encValues) {

	/** §8.3: the content encryption when the verifier names none. */
	public static final EncryptionMethod DEFAULT_ENC = EncryptionMethod.A128GCM;

	/** The content encryptions this app accepts (HAIP 1.0 §5: A128GCM and A256GCM). */
	public static final List<EncryptionMethod> SUPPORTED = List.of(EncryptionMethod.A128GCM, EncryptionMethod.A256GCM);

	public ClientMetadata {
		Objects.requireNonNull(encryptionKey, "encryptionKey");
		if (encryptionKey.isPrivate()) {
			throw new IllegalArgumentException("client_metadata carries the public key only");
		}
		encValues = List.copyOf(encValues);
	}

	/** Reads the members this app needs; a key the wallet cannot encrypt to is a malformed request. */
	public static ClientMetadata read(JsonMembers members) {
		JsonMembers jwks = members.object(Oid4vp.JWKS);
		ECKey chosen = null;
		for (JsonMembers candidate : jwks.objects("keys")) {
			JWK jwk;
			try {
				jwk = JWK.parse(candidate.asMap());
			} catch (ParseException ex) {
				throw members.fault(Oid4vp.JWKS, "holds a key that is not a JWK");
			}
			// §8.3: a key for encryption has use "enc" or none, and must name its alg.
			if (jwk instanceof ECKey ec
					&& Curve.P_256.equals(ec.getCurve())
					&& JWEAlgorithm.ECDH_ES.equals(ec.getAlgorithm())
					&& (ec.getKeyUse() == null || KeyUse.ENCRYPTION.equals(ec.getKeyUse()))) {
				chosen = ec.toPublicJWK();
				break;
			}
		}
		if (chosen == null) {
			throw members.fault(Oid4vp.JWKS, "has no P-256 ECDH-ES key for encryption");
		}
		List<EncryptionMethod> enc = members.optionalStrings(Oid4vp.ENCRYPTED_RESPONSE_ENC_VALUES_SUPPORTED)
				.map(values -> values.stream().map(EncryptionMethod::parse).toList())
				.orElse(List.of(DEFAULT_ENC));
		return new ClientMetadata(chosen, enc);
	}

	/** The first {@code enc} both sides accept (§8.3), or empty when none is shared. */
	public java.util.Optional<EncryptionMethod> agreedEnc() {
		return encValues.stream().filter(SUPPORTED::contains).findFirst();
	}

	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Oid4vp.JWKS, Map.of("keys", List.of(encryptionKey.toJSONObject())));
		map.put(
				Oid4vp.ENCRYPTED_RESPONSE_ENC_VALUES_SUPPORTED,
				encValues.stream().map(EncryptionMethod::getName).toList());
		return map;
	}
}
