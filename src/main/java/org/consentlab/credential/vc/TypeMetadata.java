package org.consentlab.credential.vc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.MalformedTypeMetadataException.Problem;

/**
 * An SD-JWT VC Type Metadata document (draft-ietf-oauth-sd-jwt-vc-15 §5): the type's {@code vct},
 * a {@code name} and {@code description} for developers (§5.2), display entries per language for
 * end users (§7) and claim metadata with labels per language (§8). It turns {@code birthdate} into
 * "Date of birth" for the person who holds the credential. The issuer writes it with
 * {@link #toJson()} and pins those exact bytes in the credential's {@code vct#integrity} (§6,
 * {@link Integrity}); a wallet reads it with {@link #parse(String)} once the pin matched.
 * {@code extends} (§5.4) is not followed, so a document that names one is refused rather than used
 * half-read; {@code rendering} and {@code svg_id} are ignored, as §5.2 allows.
 */
public final class TypeMetadata {

	/** The longest document read or written: a type with a hundred labelled claims fits. */
	public static final int MAX_LENGTH = 64 * 1024;

	/** Object, {@code display}, an entry, {@code rendering}, {@code svg_templates}, a template, its {@code properties}: seven, and one to spare. */
	public static final int MAX_DEPTH = 8;

	/** The most claim entries read. */
	public static final int MAX_CLAIMS = 128;

	/** The most display entries (languages) of the type or of one claim. */
	public static final int MAX_DISPLAYS = 32;

	/** The longest name, label or description read (§9.5: long text must not distort the screen). */
	public static final int MAX_TEXT = 512;

	private final String vct;

	private final String name;

	private final String description;

	private final List<TypeDisplay> display;

	private final List<ClaimMetadata> claims;

	private final String json;

	/** A document for type {@code vct}; {@code name} and {@code description} may be null. */
	public TypeMetadata(
			String vct, String name, String description, List<TypeDisplay> display, List<ClaimMetadata> claims) {
		if (vct == null || vct.isBlank()) {
			throw new MalformedTypeMetadataException(Problem.VCT_MISSING, "the type is empty");
		}
		checkText(name);
		checkText(description);
		if (display.size() > MAX_DISPLAYS || claims.size() > MAX_CLAIMS) {
			throw new MalformedTypeMetadataException(
					Problem.TOO_LARGE, "more than " + MAX_DISPLAYS + " displays or " + MAX_CLAIMS + " claims");
		}
		this.vct = vct;
		this.name = name;
		this.description = description;
		this.display = List.copyOf(display);
		this.claims = List.copyOf(claims);
		this.json = write();
		if (json.length() > MAX_LENGTH) {
			throw new MalformedTypeMetadataException(Problem.TOO_LARGE, "written longer than " + MAX_LENGTH);
		}
	}

	/** Reads a document (§5.2) within {@link #MAX_LENGTH} characters and {@link #MAX_DEPTH} levels. */
	public static TypeMetadata parse(String json) {
		Map<String, Object> members = BoundedJson.object(
				json,
				MAX_LENGTH,
				MAX_DEPTH,
				detail -> new MalformedTypeMetadataException(Problem.NOT_A_JSON_OBJECT, detail),
				detail -> new MalformedTypeMetadataException(Problem.TOO_DEEP, detail));
		if (!(members.get(SdJwtVc.TYPE_VCT) instanceof String vct)) {
			throw new MalformedTypeMetadataException(Problem.VCT_MISSING, "no vct string");
		}
		if (members.containsKey(SdJwtVc.TYPE_EXTENDS)) {
			throw new MalformedTypeMetadataException(Problem.EXTENDS_NOT_FOLLOWED, "extends is not fetched here");
		}
		return new TypeMetadata(
				vct,
				text(members, SdJwtVc.TYPE_NAME, Problem.DISPLAY_INVALID),
				text(members, SdJwtVc.TYPE_DESCRIPTION, Problem.DISPLAY_INVALID),
				entries(members.get(SdJwtVc.TYPE_DISPLAY), TypeDisplay::from, Problem.DISPLAY_INVALID),
				entries(members.get(SdJwtVc.TYPE_CLAIMS), ClaimMetadata::from, Problem.CLAIMS_INVALID));
	}

	/**
	 * Reads a document fetched for a credential: its bytes must match the credential's
	 * {@code vct#integrity} (§6) when it has one, and it must describe the credential's
	 * {@code vct} (§5.3).
	 *
	 * @throws IntegrityMismatchException when the pin does not match
	 * @throws MalformedTypeMetadataException when the document is malformed or for another type
	 */
	public static TypeMetadata parseFor(String json, String vct, Integrity integrity) {
		if (integrity != null) {
			integrity.check(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
		}
		TypeMetadata metadata = parse(json);
		if (!metadata.isFor(vct)) {
			throw new MalformedTypeMetadataException(Problem.VCT_MISMATCH, "describes " + metadata.vct);
		}
		return metadata;
	}

	/**
	 * Where the issuer {@code iss} publishes the document of type {@code vct}: the retrieval method
	 * this app's ecosystem defines for {@code urn:} types (§5.3.3), since a URN cannot be fetched
	 * (§5.3.1). A wallet asks only the issuer whose keys it already checked (§9.1).
	 */
	public static String location(String iss, String vct) {
		return iss + SdJwtVc.TYPE_METADATA_PATH + "?" + SdJwtVc.TYPE_METADATA_QUERY + "="
				+ URLEncoder.encode(vct, StandardCharsets.UTF_8);
	}

	/** The document to publish, always the same characters for the same content: pin these with {@link #integrity}. */
	public String toJson() {
		return json;
	}

	/** The {@code vct#integrity} value of {@link #toJson()}'s UTF-8 bytes with {@code algorithm}. */
	public Integrity integrity(Integrity.Algorithm algorithm) {
		return Integrity.of(json.getBytes(StandardCharsets.UTF_8), algorithm);
	}

	private String write() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(SdJwtVc.TYPE_VCT, vct);
		if (name != null) {
			document.put(SdJwtVc.TYPE_NAME, name);
		}
		if (description != null) {
			document.put(SdJwtVc.TYPE_DESCRIPTION, description);
		}
		if (!display.isEmpty()) {
			document.put(
					SdJwtVc.TYPE_DISPLAY,
					display.stream().map(TypeDisplay::toMap).toList());
		}
		if (!claims.isEmpty()) {
			document.put(
					SdJwtVc.TYPE_CLAIMS,
					claims.stream().map(ClaimMetadata::toMap).toList());
		}
		return Json.write(document);
	}

	/** §5.3: the document may be used only for a credential whose {@code vct} is identical to its own. */
	public boolean isFor(String credentialVct) {
		return vct.equals(credentialVct);
	}

	/** The metadata of the claim at exactly {@code path}, e.g. {@code ["address", "locality"]}. */
	public Optional<ClaimMetadata> claim(List<?> path) {
		List<Object> wanted = new ArrayList<>();
		path.forEach(segment -> wanted.add(segment instanceof Integer i ? Long.valueOf(i) : segment));
		return claims.stream().filter(claim -> claim.path().equals(wanted)).findFirst();
	}

	/** The type's name for a reader of {@code locale} (§7): that language or its nearest, else the first published. */
	public Optional<TypeDisplay> display(Locale locale) {
		return Displays.best(display, TypeDisplay::locale, locale);
	}

	public String vct() {
		return vct;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public List<TypeDisplay> display() {
		return display;
	}

	public List<ClaimMetadata> claims() {
		return claims;
	}

	static void checkText(String text) {
		if (text != null && text.length() > MAX_TEXT) {
			throw new MalformedTypeMetadataException(Problem.TEXT_TOO_LONG, "more than " + MAX_TEXT + " characters");
		}
	}

	/** An optional string member; present but not a string is {@code problem}. */
	static String text(Map<?, ?> map, String member, Problem problem) {
		Object value = map.get(member);
		if (value != null && !(value instanceof String)) {
			throw new MalformedTypeMetadataException(problem, member + " is not a string");
		}
		return (String) value;
	}

	/** The language tag of a display entry: {@code locale}, or {@code lang} as drafts before -12 wrote it. */
	static String locale(Map<?, ?> map, Problem problem) {
		String locale = text(map, SdJwtVc.TYPE_LOCALE, problem);
		return locale != null ? locale : text(map, SdJwtVc.TYPE_LANG, problem);
	}

	/** An optional array member read entry by entry, at most {@link #MAX_CLAIMS} entries. */
	static <T> List<T> entries(Object value, Function<Object, T> read, Problem problem) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new MalformedTypeMetadataException(problem, "not an array");
		}
		if (list.size() > MAX_CLAIMS) {
			throw new MalformedTypeMetadataException(Problem.TOO_LARGE, "more than " + MAX_CLAIMS + " entries");
		}
		return list.stream().map(read).toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TypeMetadata that && json.equals(that.json);
	}

	@Override
	public int hashCode() {
		return json.hashCode();
	}

	@Override
	public String toString() {
		return "TypeMetadata[" + vct + ", " + claims.size() + " claims, " + display.size() + " languages]";
	}
}
