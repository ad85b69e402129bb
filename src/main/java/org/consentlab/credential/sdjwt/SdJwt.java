package org.consentlab.credential.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.spec.Rfc9901;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * An SD-JWT (RFC 9901 §4): the issuer-signed JWT, its disclosures and, in a presentation, an
 * optional Key Binding JWT; compact serialization {@code <JWT>~<D1>~...~<Dn>~[<KB-JWT>]}. Every
 * part keeps the exact text it was parsed from, so serializing gives the input back.
 *
 * @param issuerSignedJwt the issuer-signed JWT (§4.1)
 * @param disclosures the disclosures, in the order sent (§4.2)
 * @param keyBindingJwt the KB-JWT (§4.3), or null when there is none
 */
public record SdJwt(ParsedJws issuerSignedJwt, List<Disclosure> disclosures, KeyBindingJwt keyBindingJwt) {

	public SdJwt {
		Objects.requireNonNull(issuerSignedJwt, "issuerSignedJwt");
		disclosures = List.copyOf(disclosures);
	}

	/** Parses with the {@link ParseLimits#DEFAULT default limits}. */
	public static SdJwt parse(String text) {
		return parse(text, ParseLimits.DEFAULT);
	}

	/**
	 * Parses the compact serialization (§4); every failure is a {@link MalformedCredentialException}
	 * with a typed code. Size and count limits are checked before anything is decoded.
	 */
	public static SdJwt parse(String text, ParseLimits limits) {
		if (text.length() > limits.maxLength()) {
			throw new MalformedCredentialException(VerificationErrorCode.TOKEN_TOO_LARGE, text.length() + " chars");
		}
		int separators = countSeparators(text);
		if (separators == 0) {
			throw new MalformedCredentialException(VerificationErrorCode.MALFORMED_SD_JWT, "no ~ separator");
		}
		if (separators - 1 > limits.maxDisclosures()) {
			throw new MalformedCredentialException(VerificationErrorCode.TOO_MANY_DISCLOSURES, (separators - 1) + "");
		}
		String[] parts = text.split(Rfc9901.SEPARATOR, -1);
		ParsedJws jwt = ParsedJws.parse(parts[0], limits.maxJsonDepth(), VerificationErrorCode.MALFORMED_ISSUER_JWT);
		List<Disclosure> disclosures = new ArrayList<>(parts.length - 2);
		for (int i = 1; i < parts.length - 1; i++) {
			disclosures.add(Disclosure.parse(parts[i], limits.maxJsonDepth()));
		}
		String last = parts[parts.length - 1];
		KeyBindingJwt kb = last.isEmpty() ? null : KeyBindingJwt.parse(last, limits.maxJsonDepth());
		return new SdJwt(jwt, disclosures, kb);
	}

	/** The compact serialization (§4). */
	public String serialize() {
		String withoutKb = serializeWithoutKeyBinding();
		return (this.keyBindingJwt != null) ? withoutKb + this.keyBindingJwt.compact() : withoutKb;
	}

	/** {@code <JWT>~<D1>~...~<Dn>~}: the SD-JWT alone, the input of {@code sd_hash} (§4.3.1). */
	public String serializeWithoutKeyBinding() {
		StringBuilder text = new StringBuilder(this.issuerSignedJwt.compact()).append(Rfc9901.SEPARATOR);
		for (Disclosure disclosure : this.disclosures) {
			text.append(disclosure.encoded()).append(Rfc9901.SEPARATOR);
		}
		return text.toString();
	}

	public Optional<KeyBindingJwt> keyBinding() {
		return Optional.ofNullable(this.keyBindingJwt);
	}

	/** The issuer-signed JWT's payload, digests and all. */
	public Map<String, Object> payload() {
		return this.issuerSignedJwt.claims();
	}

	/** The {@code _sd_alg} named in the payload, or sha-256 when absent (§4.1.1); empty when unsupported. */
	public Optional<HashAlgorithm> hashAlgorithm() {
		Object name = payload().getOrDefault(Rfc9901.SD_ALG, Rfc9901.DEFAULT_SD_ALG);
		return (name instanceof String s) ? HashAlgorithm.fromSpecName(s) : Optional.empty();
	}

	/** The holder's public key from {@code cnf.jwk} (§4.1.2), if the credential binds one. */
	public Optional<JWK> confirmationKey() {
		if (!(payload().get(Rfc9901.CNF) instanceof Map<?, ?> cnf)
				|| !(cnf.get(Rfc9901.JWK) instanceof Map<?, ?> jwk)) {
			return Optional.empty();
		}
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> members = (Map<String, Object>) jwk;
			return Optional.of(JWK.parse(members));
		} catch (java.text.ParseException | RuntimeException ex) {
			throw new MalformedCredentialException(VerificationErrorCode.CNF_INVALID, "cnf.jwk is not a JWK");
		}
	}

	/** This SD-JWT with {@code kb} appended (or replaced). */
	public SdJwt withKeyBinding(KeyBindingJwt kb) {
		return new SdJwt(this.issuerSignedJwt, this.disclosures, kb);
	}

	private static int countSeparators(String text) {
		int count = 0;
		for (int i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 1)) {
			count++;
		}
		return count;
	}
}
