package org.consentlab.credential.vc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.consentlab.credential.vc.ClaimMetadata.Sd;
import org.consentlab.credential.vc.IntegrityMismatchException.Reason;
import org.consentlab.credential.vc.MalformedTypeMetadataException.Problem;
import org.junit.jupiter.api.Test;

/** SD-JWT VC Type Metadata (draft-ietf-oauth-sd-jwt-vc-15 §5, §7, §8) as an issuer writes it and a wallet reads it. */
class TypeMetadataTests {

	private static final String PID = "urn:consentlab:pid:1";

	private static final TypeMetadata PID_TYPE = new TypeMetadata(
			PID,
			"Personal ID",
			null,
			List.of(new TypeDisplay("en", "Personal ID", null), new TypeDisplay("ru", "Удостоверение личности", null)),
			List.of(
					ClaimMetadata.of(
							List.of("birthdate"),
							List.of(
									new ClaimDisplay("en", "Date of birth", null),
									new ClaimDisplay("ru", "Дата рождения", null)),
							Sd.ALWAYS),
					ClaimMetadata.of(
							List.of("address", "locality"),
							List.of(new ClaimDisplay("en", "Town or city", null)),
							Sd.ALWAYS)));

	/** The draft's Example Type Metadata (Appendix "Example Type Metadata"), verbatim. */
	private static String specExample() throws IOException {
		try (InputStream in =
				TypeMetadataTests.class.getResourceAsStream("/credential/sd-jwt-vc/type-metadata-example.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void parseWhenWrittenThenSameDocumentAndSameBytes() {
		String json = PID_TYPE.toJson();

		TypeMetadata read = TypeMetadata.parse(json);

		assertThat(read).isEqualTo(PID_TYPE);
		assertThat(read.toJson()).isEqualTo(json);
		assertThat(json).startsWith("{\"vct\": \"urn:consentlab:pid:1\"").contains("\"locale\": \"en\"");
		assertThat(json.chars().allMatch(c -> c < 128))
				.as("non-ASCII is escaped: stable bytes to pin")
				.isTrue();
	}

	@Test
	void labelWhenReaderLanguagePublishedThenThatLanguageElseFirstPublished() {
		ClaimMetadata birthdate = PID_TYPE.claim(List.of("birthdate")).orElseThrow();

		assertThat(birthdate.label(Locale.forLanguageTag("ru-RU")).orElseThrow().label())
				.isEqualTo("Дата рождения");
		assertThat(birthdate.label(Locale.forLanguageTag("en-GB")).orElseThrow().label())
				.isEqualTo("Date of birth");
		assertThat(birthdate.label(Locale.forLanguageTag("de")).orElseThrow().label())
				.as("no German: the publisher's first language, not the claim name")
				.isEqualTo("Date of birth");
		assertThat(PID_TYPE.claim(List.of("address", "locality"))).isPresent();
		assertThat(PID_TYPE.claim(List.of("address"))).isEmpty();
	}

	/** §5.4: the example extends another type, which is not fetched here: refused, not used half-read. */
	@Test
	void parseWhenSpecExampleThenExtendsRefused() throws IOException {
		assertThatThrownBy(() -> TypeMetadata.parse(specExample()))
				.isInstanceOfSatisfying(
						MalformedTypeMetadataException.class,
						ex -> assertThat(ex.problem()).isEqualTo(Problem.EXTENDS_NOT_FOLLOWED));
	}

	@Test
	void parseWhenSpecExampleWithoutExtendsThenLabelsPathsAndSdRead() throws IOException {
		String json = specExample()
				.replace("  \"extends\": \"https://galaxy.example.com/galactic-education-credential/v2\",\n", "")
				.replaceFirst("  \"extends#integrity\": \"[^\"]*\",\n", "");

		TypeMetadata metadata = TypeMetadata.parse(json);

		assertThat(metadata.vct()).isEqualTo("https://betelgeuse.example.com/education_credential/v42");
		assertThat(metadata.display(Locale.forLanguageTag("de")).orElseThrow().name())
				.isEqualTo("Betelgeuse-Bildungsnachweis");
		assertThat(metadata.claims()).hasSize(7);
		ClaimMetadata name = metadata.claim(List.of("name")).orElseThrow();
		assertThat(name.mandatory()).isTrue();
		assertThat(name.sd()).isEqualTo(Sd.ALWAYS);
		assertThat(name.label(Locale.forLanguageTag("de-DE")).orElseThrow().label())
				.isEqualTo("Vor- und Nachname");
		assertThat(metadata.claim(Arrays.asList("degrees", null, "field_of_study"))
						.orElseThrow()
						.sd())
				.isEqualTo(Sd.NEVER);
		assertThat(metadata.claim(Arrays.asList("degrees", null)).orElseThrow().display())
				.isEmpty();
	}

	@Test
	void parseWhenLangAsOlderDraftsWroteItThenRead() {
		TypeMetadata metadata = TypeMetadata.parse(
				"{\"vct\": \"v\", \"claims\": [{\"path\": [\"birthdate\"], \"display\": [{\"lang\": \"en\", \"label\": \"Born\"}]}]}");

		assertThat(metadata.claim(List.of("birthdate"))
						.orElseThrow()
						.label(null)
						.orElseThrow()
						.label())
				.isEqualTo("Born");
		assertThat(metadata.toJson()).contains("\"locale\": \"en\"").doesNotContain("\"lang\"");
	}

	@Test
	void parseForWhenPinnedBytesChangedThenIntegrityMismatch() {
		Integrity pin = PID_TYPE.integrity(Integrity.Algorithm.SHA256);
		String altered = PID_TYPE.toJson().replace("Date of birth", "Favourite colour");

		assertThat(TypeMetadata.parseFor(PID_TYPE.toJson(), PID, pin)).isEqualTo(PID_TYPE);
		assertThatThrownBy(() -> TypeMetadata.parseFor(altered, PID, pin))
				.isInstanceOfSatisfying(
						IntegrityMismatchException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.MISMATCH));
		assertThatThrownBy(() -> TypeMetadata.parseFor(PID_TYPE.toJson(), "urn:consentlab:diploma:1", pin))
				.isInstanceOfSatisfying(
						MalformedTypeMetadataException.class,
						ex -> assertThat(ex.problem()).isEqualTo(Problem.VCT_MISMATCH));
	}

	@Test
	void parseWhenMalformedThenEachProblemNamed() {
		assertProblem("[]", Problem.NOT_A_JSON_OBJECT);
		assertProblem("{\"vct\": 1}", Problem.VCT_MISSING);
		assertProblem("{\"vct\": \"v\", \"name\": 3}", Problem.DISPLAY_INVALID);
		assertProblem("{\"vct\": \"v\", \"display\": [{\"locale\": \"en\"}]}", Problem.DISPLAY_INVALID);
		assertProblem(
				"{\"vct\": \"v\", \"display\": [{\"locale\": \"not a tag!\", \"name\": \"n\"}]}",
				Problem.DISPLAY_INVALID);
		assertProblem("{\"vct\": \"v\", \"claims\": {}}", Problem.CLAIMS_INVALID);
		assertProblem(
				"{\"vct\": \"v\", \"claims\": [{\"path\": [\"a\"], \"sd\": \"sometimes\"}]}", Problem.CLAIMS_INVALID);
		assertProblem("{\"vct\": \"v\", \"claims\": [{\"path\": []}]}", Problem.CLAIM_PATH_INVALID);
		assertProblem("{\"vct\": \"v\", \"claims\": [{\"path\": [-1]}]}", Problem.CLAIM_PATH_INVALID);
		assertProblem(
				"{\"vct\": \"v\", \"claims\": [{\"path\": [\"a\"], \"display\": [{\"locale\": \"en\"}]}]}",
				Problem.CLAIM_DISPLAY_INVALID);
		assertProblem(
				"{\"vct\": \"v\", \"name\": \"" + "n".repeat(TypeMetadata.MAX_TEXT + 1) + "\"}", Problem.TEXT_TOO_LONG);
	}

	@Test
	void parseWhenBeyondLimitsThenRefusedByName() {
		assertProblem("{\"vct\": \"v\", \"x\": " + "[".repeat(9) + "]".repeat(9) + "}", Problem.TOO_DEEP);
		assertProblem(
				"{\"vct\": \"v\", \"x\": \"" + "a".repeat(TypeMetadata.MAX_LENGTH) + "\"}", Problem.NOT_A_JSON_OBJECT);
		String claims =
				String.join(", ", java.util.Collections.nCopies(TypeMetadata.MAX_CLAIMS + 1, "{\"path\": [\"a\"]}"));
		assertProblem("{\"vct\": \"v\", \"claims\": [" + claims + "]}", Problem.TOO_LARGE);
	}

	private static void assertProblem(String json, Problem problem) {
		assertThatThrownBy(() -> TypeMetadata.parse(json))
				.as(json.length() > 80 ? json.substring(0, 80) : json)
				.isInstanceOfSatisfying(
						MalformedTypeMetadataException.class,
						ex -> assertThat(ex.problem()).isEqualTo(problem));
	}
}
