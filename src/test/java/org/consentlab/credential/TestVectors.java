package org.consentlab.credential;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.Jwks;
import org.consentlab.credential.spec.VerificationErrorCode;

/** Reads the specification examples kept verbatim under {@code src/test/resources/credential}. */
public final class TestVectors {

	/** The KB-JWT {@code iat} of RFC 9901 §5.2, a moment at which the RFC's examples are all valid. */
	public static final Instant RFC9901_NOW = Instant.ofEpochSecond(1748537244L);

	private TestVectors() {}

	public static String text(String resource) {
		try (InputStream in = TestVectors.class.getResourceAsStream("/credential/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-line resource without its line end. */
	public static String line(String resource) {
		return text(resource).strip();
	}

	public static JWK jwk(String resource) {
		return Jwks.parse(text(resource));
	}

	public static Map<String, Object> json(String resource) {
		return Json.parseObject(text(resource), 32, VerificationErrorCode.MALFORMED_ISSUER_JWT);
	}

	/** The rows of a tab-separated resource, without comment lines. */
	public static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		for (String row : text(resource).split("\n")) {
			if (!row.isBlank() && !row.startsWith("#")) {
				rows.add(row.split("\t"));
			}
		}
		return rows;
	}

	public static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
