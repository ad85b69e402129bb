package org.consentlab.credential.sdjwt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.Json;

/** A disclosure of an array element, {@code [salt, value]} (RFC 9901 §4.2.2). */
public record ArrayElementDisclosure(String encoded, String salt, Object value) implements Disclosure {

	public ArrayElementDisclosure {
		Objects.requireNonNull(encoded, "encoded");
		Objects.requireNonNull(salt, "salt");
	}

	/** Creates the disclosure an issuer embeds as {@code {"...": digest}} in an array. */
	public static ArrayElementDisclosure create(String salt, Object value) {
		String json = Json.write(Arrays.asList(salt, value));
		return new ArrayElementDisclosure(Base64Url.encode(json.getBytes(StandardCharsets.UTF_8)), salt, value);
	}

	@Override
	public List<Object> contents() {
		return Arrays.asList(this.salt, this.value);
	}
}
