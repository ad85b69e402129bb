package org.consentlab.credential.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

class JsonTests {

	@Test
	void writeWhenValuesThenRfcExampleStyleWithAsciiEscapes() {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("name", "\u592a\u90ce \"quoted\"\n");
		object.put("list", Arrays.asList(1L, 2.5, true, null));
		object.put("empty", Map.of());
		assertThat(Json.write(object))
				.isEqualTo(
						"{\"name\": \"\\u592a\\u90ce \\\"quoted\\\"\\n\", \"list\": [1, 2.5, true, null], \"empty\": {}}");
	}

	@Test
	void parseWhenWrittenThenSameValue() {
		Map<String, Object> object = Map.of("a", List.of(1L, "x", Map.of("b", false)));
		assertThat(Json.parseObject(Json.write(object), 8, VerificationErrorCode.MALFORMED_DISCLOSURE))
				.isEqualTo(object);
	}

	@Test
	void parseWhenDeeperThanLimitThenJsonTooDeepWithoutParsing() {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		assertThatThrownBy(() -> Json.parseArray(deep, 32, VerificationErrorCode.MALFORMED_DISCLOSURE))
				.isInstanceOfSatisfying(
						MalformedCredentialException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.JSON_TOO_DEEP));
	}

	@Test
	void parseWhenBracketsInsideStringsThenNotCountedAsDepth() {
		String text = "{\"a\": \"[[[[{{\\\"\", \"b\": [[1]]}";
		assertThat(Json.parseObject(text, 3, VerificationErrorCode.MALFORMED_DISCLOSURE))
				.containsEntry("a", "[[[[{{\"")
				.containsEntry("b", List.of(List.of(1L)));
		assertThatThrownBy(() -> Json.parseObject(text, 2, VerificationErrorCode.MALFORMED_DISCLOSURE))
				.isInstanceOfSatisfying(
						MalformedCredentialException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.JSON_TOO_DEEP));
	}

	@Test
	void parseWhenEveryKindOfValueThenTheTypesNimbusGives() {
		String text = "{\"s\": \"a\\u00e9\\n\\/\", \"i\": -12, \"big\": 12345678901234567890, \"d\": 1.5e2,"
				+ " \"z\": -0, \"t\": true, \"f\": false, \"n\": null, \"o\": {}, \"l\": [ ]}";
		Map<String, Object> parsed = Json.parseObject(text, 8, VerificationErrorCode.MALFORMED_DISCLOSURE);
		assertThat(parsed)
				.containsEntry("s", "a\u00e9\n/")
				.containsEntry("i", -12L)
				.containsEntry("big", 1.2345678901234567E19)
				.containsEntry("d", 150.0)
				.containsEntry("z", 0L)
				.containsEntry("t", true)
				.containsEntry("f", false)
				.containsEntry("n", null)
				.containsEntry("o", Map.of())
				.containsEntry("l", List.of());
		assertThat(parsed.keySet()).containsExactly("s", "i", "big", "d", "z", "t", "f", "n", "o", "l");
	}

	@Test
	void parseWhenLenientJsonThenMalformed() {
		for (String text : new String[] {
			"{'a': 1}",
			"{a: 1}",
			"{\"a\": NaN}",
			"{\"a\": 01}",
			"{\"a\": 1.}",
			"{\"a\": .5}",
			"{\"a\": +1}",
			"{\"a\": 1,}",
			"{\"a\": [1,]}",
			"{\"a\": \"\t\"}",
			"{\"a\": \"\\x\"}",
			"{\"a\": 1e999}",
			"{/* c */}",
			"{\"a\": tru}",
			"{\"a\" 1}",
			"{\"a\": \"\\u12\"}"
		}) {
			assertThatThrownBy(() -> Json.parseObject(text, 8, VerificationErrorCode.MALFORMED_DISCLOSURE))
					.as(text)
					.isInstanceOfSatisfying(
							MalformedCredentialException.class,
							(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.MALFORMED_DISCLOSURE));
		}
	}

	@Test
	void parseWhenDuplicateMemberOrTrailingGarbageThenMalformed() {
		for (String text : new String[] {"{\"a\": 1, \"a\": 2}", "{} x", "{", "nul"}) {
			assertThatThrownBy(() -> Json.parseObject(text, 8, VerificationErrorCode.MALFORMED_DISCLOSURE))
					.as(text)
					.isInstanceOf(MalformedCredentialException.class);
		}
	}
}
