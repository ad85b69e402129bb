package org.consentlab.credential.vc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.MalformedTypeMetadataException.Problem;

/**
 * How a type is named to end users in one language (draft-ietf-oauth-sd-jwt-vc-15 §7): the
 * {@code locale} (RFC 5646), a {@code name}, an optional {@code description}. {@code rendering}
 * (§7.1: logos, colours, SVG templates) is not read: nothing here draws cards from an issuer's
 * images, and §5.2 lets a reader ignore what it does not understand.
 */
public record TypeDisplay(String locale, String name, String description) {

	public TypeDisplay {
		if (!Displays.isLanguageTag(locale) || name == null || name.isBlank()) {
			throw new MalformedTypeMetadataException(Problem.DISPLAY_INVALID, "needs a language tag and a name");
		}
		TypeMetadata.checkText(name);
		TypeMetadata.checkText(description);
	}

	static TypeDisplay from(Object entry) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new MalformedTypeMetadataException(Problem.DISPLAY_INVALID, "a display entry is not an object");
		}
		return new TypeDisplay(
				TypeMetadata.locale(map, Problem.DISPLAY_INVALID),
				TypeMetadata.text(map, SdJwtVc.TYPE_NAME, Problem.DISPLAY_INVALID),
				TypeMetadata.text(map, SdJwtVc.TYPE_DESCRIPTION, Problem.DISPLAY_INVALID));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(SdJwtVc.TYPE_LOCALE, locale);
		map.put(SdJwtVc.TYPE_NAME, name);
		if (description != null) {
			map.put(SdJwtVc.TYPE_DESCRIPTION, description);
		}
		return map;
	}
}
