package org.consentlab.credential.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.verify.SdJwtVerifier;

/**
 * Hostile input in the JWS JSON Serialization (RFC 9901 §8): whatever follows a left brace,
 * parsing throws only the typed exception and verifying only returns a rejection.
 */
class SdJwtJsonProperties {

	private static final String JSON = SdJwtJson.fromCompact(
					SdJwt.parse(TestCredentials.presentation("given_name", "nationalities[1]")))
			.serialize();

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().requireKeyBinding(true).build());

	private static final String JSON_CHARS = "{}[]\":, 0123456789.-+eEtrufalsn\\abcdhkjpwyz_~ABC\n";

	@Property(tries = 400)
	void parseWhenArbitraryTextAfterBraceThenTypedExceptionOnly(@ForAll String tail) {
		assertTypedRejection("{" + tail);
	}

	@Property(tries = 400)
	void parseWhenJsonLikeTextAfterBraceThenTypedExceptionOnly(@ForAll("jsonLike") String tail) {
		assertTypedRejection("{" + tail);
	}

	@Property(tries = 300)
	void verifyWhenOneCharacterOfValidJsonReplacedThenNeverAnException(
			@ForAll("positions") int position, @ForAll("jsonChars") char c) {
		String mutated = JSON.substring(0, position) + c + JSON.substring(position + 1);
		// A change in the whitespace between members, or to an equal character, may leave it valid.
		assertThat(VERIFIER.verify(mutated)).isNotNull();
		try {
			SdJwtJson.parse(mutated);
		} catch (MalformedCredentialException ex) {
			assertThat(ex.code()).isNotNull();
		}
	}

	@Provide
	Arbitrary<String> jsonLike() {
		return Arbitraries.strings().withChars(JSON_CHARS.toCharArray()).ofMaxLength(300);
	}

	@Provide
	Arbitrary<Integer> positions() {
		return Arbitraries.integers().between(0, JSON.length() - 1);
	}

	@Provide
	Arbitrary<Character> jsonChars() {
		return Arbitraries.of(JSON_CHARS.toCharArray());
	}

	private static void assertTypedRejection(String text) {
		assertThat(VERIFIER.verify(text).isVerified()).isFalse();
		try {
			SdJwtJson.parse(text);
		} catch (MalformedCredentialException ex) {
			assertThat(ex.code()).isNotNull();
		}
	}
}
