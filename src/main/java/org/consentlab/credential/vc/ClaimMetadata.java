package org.consentlab.credential.vc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.MalformedTypeMetadataException.Problem;

/**
 * What a type says about one claim (draft-ietf-oauth-sd-jwt-vc-15 §8): its {@code path} (§8.1),
 * its labels per language (§8.2), whether the issuer must include it (§8.3) and whether it is
 * selectively disclosable (§8.4). {@code svg_id} is not read (no SVG rendering here).
 *
 * @param path names, {@code null} (every element of an array) and non-negative indices
 */
public record ClaimMetadata(List<Object> path, List<ClaimDisplay> display, boolean mandatory, Sd sd) {

	/** The longest path read. */
	public static final int MAX_PATH = 16;

	/** §8.4: the issuer's duty to make the claim selectively disclosable; {@code allowed} when omitted. */
	public enum Sd {
		ALWAYS,
		ALLOWED,
		NEVER;

		/** As written in the document: {@code always}, {@code allowed}, {@code never}. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public ClaimMetadata {
		List<Object> copy = new ArrayList<>();
		for (Object segment : path) {
			copy.add(segment instanceof Integer i ? Long.valueOf(i) : segment);
		}
		if (copy.isEmpty() || copy.size() > MAX_PATH || !copy.stream().allMatch(ClaimMetadata::isSegment)) {
			throw new MalformedTypeMetadataException(
					Problem.CLAIM_PATH_INVALID, "1 to " + MAX_PATH + " names, nulls or non-negative integers");
		}
		path = Collections.unmodifiableList(copy);
		if (display.size() > TypeMetadata.MAX_DISPLAYS) {
			throw new MalformedTypeMetadataException(
					Problem.TOO_LARGE, "more than " + TypeMetadata.MAX_DISPLAYS + " labels");
		}
		display = List.copyOf(display);
		sd = sd == null ? Sd.ALLOWED : sd;
	}

	/** A claim of the property path {@code names} with {@code labels}, disclosable as {@code sd} says. */
	public static ClaimMetadata of(List<String> names, List<ClaimDisplay> labels, Sd sd) {
		return new ClaimMetadata(List.copyOf(names), labels, false, sd);
	}

	/** The label for a reader of {@code locale}: that language or its nearest, else the publisher's first. */
	public Optional<ClaimDisplay> label(Locale locale) {
		return Displays.best(display, ClaimDisplay::locale, locale);
	}

	private static boolean isSegment(Object segment) {
		return segment == null
				|| segment instanceof String name && !name.isEmpty()
				|| segment instanceof Long index && index >= 0;
	}

	static ClaimMetadata from(Object entry) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new MalformedTypeMetadataException(Problem.CLAIMS_INVALID, "a claims entry is not an object");
		}
		if (!(map.get(SdJwtVc.TYPE_PATH) instanceof List<?> path)) {
			throw new MalformedTypeMetadataException(Problem.CLAIM_PATH_INVALID, "path is missing or not an array");
		}
		Object mandatory = map.get(SdJwtVc.TYPE_MANDATORY);
		if (mandatory != null && !(mandatory instanceof Boolean)) {
			throw new MalformedTypeMetadataException(Problem.CLAIMS_INVALID, "mandatory is not a boolean");
		}
		return new ClaimMetadata(
				new ArrayList<>(path),
				TypeMetadata.entries(map.get(SdJwtVc.TYPE_DISPLAY), ClaimDisplay::from, Problem.CLAIM_DISPLAY_INVALID),
				Boolean.TRUE.equals(mandatory),
				sd(map.get(SdJwtVc.TYPE_SD)));
	}

	private static Sd sd(Object value) {
		if (value == null) {
			return Sd.ALLOWED;
		}
		for (Sd sd : Sd.values()) {
			if (sd.value().equals(value)) {
				return sd;
			}
		}
		throw new MalformedTypeMetadataException(Problem.CLAIMS_INVALID, "sd is not always, allowed or never");
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(SdJwtVc.TYPE_PATH, path);
		if (!display.isEmpty()) {
			map.put(
					SdJwtVc.TYPE_DISPLAY,
					display.stream().map(ClaimDisplay::toMap).toList());
		}
		if (mandatory) {
			map.put(SdJwtVc.TYPE_MANDATORY, true);
		}
		map.put(SdJwtVc.TYPE_SD, sd.value());
		return map;
	}
}
