package org.consentlab.credential.vc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.MalformedTypeMetadataException.Problem;

/**
 * A claim's label for end users in one language (draft-ietf-oauth-sd-jwt-vc-15 §8.2): the
 * {@code locale} (RFC 5646), the {@code label} ("Date of birth" for {@code birthdate}) and an
 * optional {@code description}.
 */
public record ClaimDisplay(String locale, String label, String description) {

	public ClaimDisplay {
		if (!Displays.isLanguageTag(locale) || label == null || label.isBlank()) {
			throw new MalformedTypeMetadataException(Problem.CLAIM_DISPLAY_INVALID, "needs a language tag and a label");
		}
		TypeMetadata.checkText(label);
		TypeMetadata.checkText(description);
	}

	static ClaimDisplay from(Object entry) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new MalformedTypeMetadataException(Problem.CLAIM_DISPLAY_INVALID, "a display entry is not an object");
		}
		return new ClaimDisplay(
				TypeMetadata.locale(map, Problem.CLAIM_DISPLAY_INVALID),
				TypeMetadata.text(map, SdJwtVc.TYPE_LABEL, Problem.CLAIM_DISPLAY_INVALID),
				TypeMetadata.text(map, SdJwtVc.TYPE_DESCRIPTION, Problem.CLAIM_DISPLAY_INVALID));
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(SdJwtVc.TYPE_LOCALE, locale);
		map.put(SdJwtVc.TYPE_LABEL, label);
		if (description != null) {
			map.put(SdJwtVc.TYPE_DESCRIPTION, description);
		}
		return map;
	}
}
