package org.consentlab.credential.vc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.vc.ClaimMetadata.Sd;

/**
 * Type Metadata over the space of documents: any document written is read back the same, to the
 * byte (the integrity pin depends on it); any single changed character breaks the pin; and no
 * string makes parsing throw anything but the typed exception.
 */
class TypeMetadataProperties {

	@Property(tries = 200)
	void parseWhenAnyDocumentWrittenThenReadBackIdentical(@ForAll("documents") TypeMetadata metadata) {
		String json = metadata.toJson();

		TypeMetadata read = TypeMetadata.parse(json);

		assertThat(read).isEqualTo(metadata);
		assertThat(read.toJson()).isEqualTo(json);
		assertThat(read.claims()).isEqualTo(metadata.claims());
		assertThat(read.display()).isEqualTo(metadata.display());
	}

	@Property(tries = 200)
	void checkWhenAnyCharacterOfTheDocumentChangedThenPinRefuses(
			@ForAll("documents") TypeMetadata metadata,
			@ForAll("algorithms") Integrity.Algorithm algorithm,
			@ForAll double where) {
		String json = metadata.toJson();
		int at = (int) Math.floor(Math.abs(where) % 1 * json.length());
		char changed = json.charAt(at) == 'x' ? 'y' : 'x';
		String altered = json.substring(0, at) + changed + json.substring(at + 1);
		Integrity pin = metadata.integrity(algorithm);

		assertThat(pin.matches(json.getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(Integrity.parse(pin.toString()).matches(altered.getBytes(StandardCharsets.UTF_8)))
				.isFalse();
	}

	@Property(tries = 200)
	void parseWhenAnyStringThenDocumentOrTypedRefusal(@ForAll("jsonish") String text) {
		try {
			TypeMetadata.parse(text);
		} catch (MalformedTypeMetadataException expected) {
			assertThat(expected.problem()).isNotNull();
		}
	}

	@Property(tries = 100)
	void parseIntegrityWhenAnyStringThenPinOrTypedRefusal(@ForAll("jsonish") String text) {
		try {
			Integrity.parse(text);
		} catch (IntegrityMismatchException expected) {
			assertThat(expected.reason()).isNotNull();
		}
	}

	@Property(tries = 50)
	void constructWhenTextTooLongThenRefused(@ForAll("longText") String text) {
		assertThatThrownBy(() -> new ClaimDisplay("en", text, null)).isInstanceOf(MalformedTypeMetadataException.class);
	}

	@Provide
	Arbitrary<TypeMetadata> documents() {
		Arbitrary<String> vct =
				Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
		Arbitrary<String> name = text().injectNull(0.3);
		return Combinators.combine(
						vct,
						name,
						name,
						typeDisplay().list().ofMaxSize(4),
						claim().list().ofMaxSize(12))
				.as(TypeMetadata::new);
	}

	@Provide
	Arbitrary<Integrity.Algorithm> algorithms() {
		return Arbitraries.of(Integrity.Algorithm.class);
	}

	@Provide
	Arbitrary<String> jsonish() {
		Arbitrary<String> noise = Arbitraries.strings()
				.withChars("{}[]\":,0123456789-.tfnule \\vctpahdisplyoem#")
				.ofMaxLength(200);
		Arbitrary<String> near = documents()
				.map(TypeMetadata::toJson)
				.flatMap(
						json -> Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut)));
		return Arbitraries.oneOf(noise, near, Arbitraries.strings().ofMaxLength(100));
	}

	@Provide
	Arbitrary<String> longText() {
		return Arbitraries.strings()
				.alpha()
				.ofMinLength(TypeMetadata.MAX_TEXT + 1)
				.ofMaxLength(TypeMetadata.MAX_TEXT + 50);
	}

	private static Arbitrary<String> text() {
		return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
	}

	private static Arbitrary<String> locales() {
		return Arbitraries.of("en", "ru", "de-DE", "en-US", "sr-Latn-RS", "zh-Hant");
	}

	private static Arbitrary<TypeDisplay> typeDisplay() {
		return Combinators.combine(locales(), text(), text().injectNull(0.5)).as(TypeDisplay::new);
	}

	private static Arbitrary<ClaimMetadata> claim() {
		Arbitrary<Object> segment = Arbitraries.oneOf(
				Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> (Object) s),
				Arbitraries.longs().between(0, 50).map(l -> (Object) l),
				Arbitraries.just(null));
		Arbitrary<List<Object>> path = segment.list().ofMinSize(1).ofMaxSize(4);
		Arbitrary<ClaimDisplay> label =
				Combinators.combine(locales(), text(), text().injectNull(0.5)).as(ClaimDisplay::new);
		return Combinators.combine(
						path, label.list().ofMaxSize(3), Arbitraries.of(true, false), Arbitraries.of(Sd.class))
				.as(ClaimMetadata::new);
	}
}
