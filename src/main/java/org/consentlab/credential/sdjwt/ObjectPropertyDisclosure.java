package org.consentlab.credential.sdjwt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.spec.Rfc9901;

/** A disclosure of an object property, {@code [salt, name, value]} (RFC 9901 §4.2.1). */
public record ObjectPropertyDisclosure(String encoded, String salt, String claimName, Object value)
		implements Disclosure {

	public ObjectPropertyDisclosure {
		Objects.requireNonNull(encoded, "encoded");
		Objects.requireNonNull(salt, "salt");
		Objects.requireNonNull(claimName, "claimName");
	}

	/** Creates the disclosure an issuer embeds; {@code _sd} and {@code ...} are not claim names (§4.2.1). */
	public static ObjectPropertyDisclosure create(String salt, String claimName, Object value) {
		if (Rfc9901.SD.equals(claimName) || Rfc9901.ELLIPSIS.equals(claimName)) {
			throw new IllegalArgumentException("reserved claim name " + claimName);
		}
		String json = Json.write(Arrays.asList(salt, claimName, value));
		return new ObjectPropertyDisclosure(
				Base64Url.encode(json.getBytes(StandardCharsets.UTF_8)), salt, claimName, value);
	}

	@Override
	public List<Object> contents() {
		return Arrays.asList(this.salt, this.claimName, this.value);
	}
}
