package org.consentlab.inspector;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.sdjwt.Disclosure;
import org.consentlab.credential.sdjwt.HashAlgorithm;
import org.consentlab.credential.sdjwt.ObjectPropertyDisclosure;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.Rfc9901;

/**
 * The inspector's tampering (lab L9): applies one {@link Attack} to a presentation and, where the
 * attacker is the holder, signs a fresh Key Binding JWT for the target request with the holder's
 * own key (RFC 9901 §4.3), as a dishonest wallet would. So each tampered token fails only at the
 * check it aims at, and the learner sees which check that is.
 */
final class TamperPresentation {

	/** The salt of a forged disclosure: any value will do, the issuer never saw it. */
	private static final String FORGED_SALT = "Zm9yZ2VkLWJ5LXRoZS1ob2xkZXI";

	/** The claim a forged disclosure adds. */
	static final String FORGED_CLAIM = "age_over_21";

	private TamperPresentation() {}

	/**
	 * @param holderKey the holder's private key when this credential is in the learner's wallet
	 * @param nonce the target request's nonce; {@code audience} its client id
	 */
	static String apply(Attack attack, SdJwt presentation, Optional<JWK> holderKey, String nonce, String audience) {
		SdJwt bare = new SdJwt(presentation.issuerSignedJwt(), presentation.disclosures(), null);
		switch (attack) {
			case CHANGE_VALUE:
				return bind(
						new SdJwt(bare.issuerSignedJwt(), changeOne(bare), null).serialize(),
						bare,
						holderKey,
						nonce,
						audience);
			case FORGED_DISCLOSURE:
				List<Disclosure> more = new ArrayList<>(bare.disclosures());
				more.add(ObjectPropertyDisclosure.create(FORGED_SALT, FORGED_CLAIM, true));
				return bind(
						new SdJwt(bare.issuerSignedJwt(), more, null).serialize(), bare, holderKey, nonce, audience);
			case ALG_NONE:
				String[] segments = bare.issuerSignedJwt().compact().split("\\.");
				Map<String, Object> header = new LinkedHashMap<>();
				header.put("alg", "none");
				header.put("typ", bare.issuerSignedJwt().type());
				String unsigned =
						Base64Url.encode(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "." + segments[1] + ".";
				return bind(
						bare.serialize().replace(bare.issuerSignedJwt().compact(), unsigned),
						bare,
						holderKey,
						nonce,
						audience);
			case OWN_KEY:
				JWK own = new ECKey.Builder((ECKey) Jwks.generate(JWSAlgorithm.ES256))
						.keyID(bare.issuerSignedJwt().header().getKeyID())
						.build();
				ParsedJws resigned = ParsedJws.sign(
						new JOSEObjectType(bare.issuerSignedJwt().type()),
						new LinkedHashMap<>(bare.payload()),
						own,
						CryptoProvider.SIGNING);
				return bind(
						new SdJwt(resigned, bare.disclosures(), null).serialize(), bare, holderKey, nonce, audience);
			case REPLAY_OTHER_VERIFIER:
				return presentation.serialize();
			case OLD_NONCE:
				Object old = presentation
						.keyBinding()
						.map(kb -> kb.claim(Rfc9901.NONCE))
						.orElse(null);
				return bind(bare.serialize(), bare, holderKey, old instanceof String s ? s : "", audience);
			case DROP_KEY_BINDING:
			default:
				return bare.serialize();
		}
	}

	/**
	 * The presentation unchanged but for a fresh Key Binding JWT for the target request: an honest
	 * answer, so a move on how it travels (lab L13) is the only thing wrong with it.
	 */
	static String rebind(SdJwt presentation, Optional<JWK> holderKey, String nonce, String audience) {
		SdJwt bare = new SdJwt(presentation.issuerSignedJwt(), presentation.disclosures(), null);
		return bind(bare.serialize(), bare, holderKey, nonce, audience);
	}

	/** One disclosure with its value changed and its salt kept: a boolean flipped, text or a number altered. */
	private static List<Disclosure> changeOne(SdJwt sdJwt) {
		List<Disclosure> disclosures = new ArrayList<>(sdJwt.disclosures());
		for (int i = 0; i < disclosures.size(); i++) {
			if (disclosures.get(i) instanceof ObjectPropertyDisclosure d) {
				disclosures.set(i, ObjectPropertyDisclosure.create(d.salt(), d.claimName(), changed(d.value())));
				return disclosures;
			}
		}
		disclosures.add(ObjectPropertyDisclosure.create(FORGED_SALT, FORGED_CLAIM, true));
		return disclosures;
	}

	private static Object changed(Object value) {
		if (value instanceof Boolean b) {
			return !b;
		}
		if (value instanceof Number n) {
			return n.longValue() + 1;
		}
		if (value instanceof String s) {
			return s.isEmpty() ? "x" : new StringBuilder(s).reverse().toString();
		}
		return "changed";
	}

	/**
	 * Appends a Key Binding JWT over {@code text} (its {@code sd_hash}, §4.3.1) signed with the
	 * holder key; without the holder's key, the presentation's own KB-JWT is kept.
	 */
	private static String bind(String text, SdJwt original, Optional<JWK> holderKey, String nonce, String audience) {
		if (holderKey.isEmpty()) {
			return text + original.keyBinding().map(kb -> kb.compact()).orElse("");
		}
		HashAlgorithm alg = original.hashAlgorithm().orElse(HashAlgorithm.SHA_256);
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(Rfc9901.NONCE, nonce);
		claims.put(Rfc9901.AUD, audience);
		claims.put(Rfc9901.IAT, Instant.now().getEpochSecond());
		claims.put(Rfc9901.SD_HASH, alg.digest(text));
		return text
				+ ParsedJws.sign(
								new JOSEObjectType(Rfc9901.KB_JWT_TYPE),
								claims,
								holderKey.get(),
								CryptoProvider.SIGNING)
						.compact();
	}
}
