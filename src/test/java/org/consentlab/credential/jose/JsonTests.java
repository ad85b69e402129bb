package org.consentlab.credential.jose;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTests {

	@Test
	void writeWhenValuesThenRfcExampleStyleWithAsciiEscapes() {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("name", "\u592a\u90ce \"quoted\"\n");
		object.put("list", Arrays.asList(1L, 2.5, true, null));
		object.put("empty", Map.of());
		assertThat(Json.write(object))
			.isEqualTo("{\"name\": \"\\u592a\\u90ce \\\"quoted\\\"\\n\", \"list\": [1, 2.5, true, null], \"empty\": {}}");
	}

	@Test
	void parseWhenWrittenThenSameValue() {
		Map<String, Object> object = Map.of("a", List.of(1L, "x", Map.of("b", false)));
		assertThat(Json.parseObject(Json.write(object), 8, VerificationErrorCode.MALFORMED_DISCLOSURE)).isEqualTo(object);
	}

	@Test
	void parseWhenDeeperThanLimitThenJsonTooDeepWithoutParsing() {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		assertThatThrownBy(() -> Json.parseArray(deep, 32, VerificationErrorCode.MALFORMED_DISCLOSURE))
			.isInstanceOfSatisfying(MalformedCredentialException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.JSON_TOO_DEEP));
	}

	@Test
	void depthWhenBracketsInsideStringsThenNotCounted() {
		assertThat(Json.depth("{\"a\": \"[[[[{{\\\"\", \"b\": [[1]]}")).isEqualTo(3);
	}

	@Test
	void parseWhenDuplicateMemberOrTrailingGarbageThenMalformed() {
		for (String text : new String[] { "{\"a\": 1, \"a\": 2}", "{} x", "{", "nul" }) {
			assertThatThrownBy(() -> Json.parseObject(text, 8, VerificationErrorCode.MALFORMED_DISCLOSURE))
				.as(text)
				.isInstanceOf(MalformedCredentialException.class);
		}
	}

}
