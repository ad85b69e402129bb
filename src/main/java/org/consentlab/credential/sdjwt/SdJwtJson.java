package org.consentlab.credential.sdjwt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.jose.ParsedJws;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * An SD-JWT or SD-JWT+KB in the JWS JSON Serialization (RFC 9901 §8, RFC 7515 §7.2): the
 * disclosures and the KB-JWT travel in the unprotected header members {@code disclosures} and
 * {@code kb_jwt} (§8.1). In the General form they belong to the first signature only (§8.3); the
 * other signatures are kept as they came, but only the first one is read as the issuer-signed JWT,
 * and it is the one the {@code sd_hash} of a KB-JWT covers (§8.1, §8.4).
 *
 * @param sdJwt the same SD-JWT as in compact serialization; its issuer-signed JWT is the first signature
 * @param general true for the General JSON Serialization ({@code signatures} array), false for the Flattened one
 * @param otherHeader the first signature's unprotected header members other than {@code disclosures}
 * and {@code kb_jwt}; not covered by any signature or digest (§8.1)
 * @param otherSignatures further signatures of the General form, each with its {@code protected},
 * {@code header} and {@code signature} members; not verified
 */
public record SdJwtJson(
		SdJwt sdJwt, boolean general, Map<String, Object> otherHeader, List<Map<String, Object>> otherSignatures) {

	/** The unprotected header member holding the disclosures (§8.1). */
	public static final String DISCLOSURES = "disclosures";

	/** The unprotected header member holding the KB-JWT (§8.1). */
	public static final String KB_JWT = "kb_jwt";

	private static final Set<String> FLATTENED_MEMBERS = Set.of("payload", "protected", "header", "signature");

	private static final Set<String> GENERAL_MEMBERS = Set.of("payload", "signatures");

	private static final Set<String> SIGNATURE_MEMBERS = Set.of("protected", "header", "signature");

	public SdJwtJson {
		Objects.requireNonNull(sdJwt, "sdJwt");
		otherHeader = Collections.unmodifiableMap(new LinkedHashMap<>(otherHeader));
		List<Map<String, Object>> signatures = new ArrayList<>();
		otherSignatures.forEach(
				(signature) -> signatures.add(Collections.unmodifiableMap(new LinkedHashMap<>(signature))));
		otherSignatures = Collections.unmodifiableList(signatures);
		if (!general && !otherSignatures.isEmpty()) {
			throw new IllegalArgumentException("only the General form has several signatures");
		}
	}

	/** The Flattened JSON Serialization of {@code sdJwt}, with no other header members. */
	public static SdJwtJson fromCompact(SdJwt sdJwt) {
		return new SdJwtJson(sdJwt, false, Map.of(), List.of());
	}

	/** True when {@code text}, after leading whitespace, opens a JSON object: the JSON form rather than the compact one. */
	public static boolean looksLikeJson(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return c == '{';
			}
		}
		return false;
	}

	/**
	 * The SD-JWT in {@code text}, in whichever serialization it came: the JSON one (§8) when the text
	 * opens with a left brace, the compact one (§4) otherwise. Failures are typed as for each form.
	 */
	public static SdJwt parseEitherForm(String text, ParseLimits limits) {
		return looksLikeJson(text) ? parse(text, limits).sdJwt() : SdJwt.parse(text, limits);
	}

	/** Parses with the {@link ParseLimits#DEFAULT default limits}. */
	public static SdJwtJson parse(String text) {
		return parse(text, ParseLimits.DEFAULT);
	}

	/**
	 * Parses the Flattened or General JSON Serialization; every failure is a
	 * {@link MalformedCredentialException} with a typed code, as for the compact form, and the same
	 * limits apply: the length before anything is read, the JSON depth while it is read, the number
	 * of disclosures before any is decoded.
	 */
	public static SdJwtJson parse(String text, ParseLimits limits) {
		if (text.length() > limits.maxLength()) {
			throw new MalformedCredentialException(VerificationErrorCode.TOKEN_TOO_LARGE, text.length() + " chars");
		}
		Map<String, Object> top = Json.parseObject(text, limits.maxJsonDepth(), VerificationErrorCode.MALFORMED_SD_JWT);
		boolean general = top.containsKey("signatures");
		Map<String, Object> first;
		List<Map<String, Object>> others = new ArrayList<>();
		if (general) {
			onlyMembers(top, GENERAL_MEMBERS, "the General JSON Serialization");
			if (!(top.get("signatures") instanceof List<?> signatures) || signatures.isEmpty()) {
				throw malformed("signatures is not a non-empty array");
			}
			first = signature(signatures.get(0));
			for (Object other : signatures.subList(1, signatures.size())) {
				Map<String, Object> signature = signature(other);
				Map<String, Object> header = header(signature);
				if (header.containsKey(DISCLOSURES) || header.containsKey(KB_JWT)) {
					// RFC 9901 §8.3: only the first unprotected header may carry them.
					throw malformed("disclosures or kb_jwt outside the first signature's header");
				}
				others.add(signature);
			}
		} else {
			onlyMembers(top, FLATTENED_MEMBERS, "the Flattened JSON Serialization");
			first = top;
		}
		String compactJws =
				string(first, "protected") + "." + string(top, "payload") + "." + string(first, "signature");
		ParsedJws jws = ParsedJws.parse(compactJws, limits.maxJsonDepth(), VerificationErrorCode.MALFORMED_ISSUER_JWT);
		Map<String, Object> header = new LinkedHashMap<>(header(first));
		for (String name : header.keySet()) {
			if (jws.header().getIncludedParams().contains(name)) {
				// RFC 7515 §7.2.1: protected and unprotected header parameter names must be disjoint.
				throw malformed("header parameter " + name + " is both protected and unprotected");
			}
		}
		List<Disclosure> disclosures = disclosures(header.remove(DISCLOSURES), limits);
		Object kbText = header.remove(KB_JWT);
		KeyBindingJwt kb = null;
		if (kbText != null) {
			if (!(kbText instanceof String kbCompact)) {
				throw malformed("kb_jwt is not a string");
			}
			kb = KeyBindingJwt.parse(kbCompact, limits.maxJsonDepth());
		}
		return new SdJwtJson(new SdJwt(jws, disclosures, kb), general, header, others);
	}

	/** The compact serialization of the same SD-JWT (§4); the other header members and signatures are left out. */
	public String toCompact() {
		return this.sdJwt.serialize();
	}

	/** This object as JSON text, in the form it was parsed from or built in. */
	public String serialize() {
		String[] segments = this.sdJwt.issuerSignedJwt().compact().split("\\.", -1);
		Map<String, Object> header = new LinkedHashMap<>();
		List<String> disclosures =
				this.sdJwt.disclosures().stream().map(Disclosure::encoded).toList();
		header.put(DISCLOSURES, disclosures);
		this.sdJwt.keyBinding().ifPresent((kb) -> header.put(KB_JWT, kb.compact()));
		header.putAll(this.otherHeader);
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("header", header);
		first.put("protected", segments[0]);
		first.put("signature", segments[2]);
		Map<String, Object> top = new LinkedHashMap<>();
		top.put("payload", segments[1]);
		if (this.general) {
			List<Map<String, Object>> signatures = new ArrayList<>();
			signatures.add(first);
			signatures.addAll(this.otherSignatures);
			top.put("signatures", signatures);
		} else {
			top.putAll(first);
		}
		return Json.write(top);
	}

	private static Map<String, Object> signature(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			throw malformed("a signature is not an object");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> signature = (Map<String, Object>) value;
		onlyMembers(signature, SIGNATURE_MEMBERS, "a signature");
		return signature;
	}

	/** The unprotected header of {@code signature}, empty when absent (RFC 7515 §7.2.1). */
	private static Map<String, Object> header(Map<String, Object> signature) {
		Object header = signature.get("header");
		if (header == null && !signature.containsKey("header")) {
			return Map.of();
		}
		if (!(header instanceof Map<?, ?>)) {
			throw malformed("header is not an object");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> members = (Map<String, Object>) header;
		return members;
	}

	private static List<Disclosure> disclosures(Object value, ParseLimits limits) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> encoded)) {
			throw malformed("disclosures is not an array");
		}
		if (encoded.size() > limits.maxDisclosures()) {
			throw new MalformedCredentialException(VerificationErrorCode.TOO_MANY_DISCLOSURES, encoded.size() + "");
		}
		List<Disclosure> disclosures = new ArrayList<>(encoded.size());
		for (Object element : encoded) {
			if (!(element instanceof String text)) {
				throw malformed("a disclosure is not a string");
			}
			disclosures.add(Disclosure.parse(text, limits.maxJsonDepth()));
		}
		return disclosures;
	}

	private static String string(Map<String, Object> object, String name) {
		if (!(object.get(name) instanceof String value)) {
			throw malformed(name + " is not a string");
		}
		return value;
	}

	private static void onlyMembers(Map<String, Object> object, Set<String> allowed, String what) {
		for (String name : object.keySet()) {
			if (!allowed.contains(name)) {
				throw malformed(name + " is not a member of " + what);
			}
		}
	}

	private static MalformedCredentialException malformed(String detail) {
		return new MalformedCredentialException(VerificationErrorCode.MALFORMED_SD_JWT, detail);
	}
}
