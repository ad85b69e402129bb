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
import org.consentlab.credential.verify.VerificationResult;

/**
 * Hostile input: any single change to a valid presentation is rejected with a typed error, and no
 * string whatsoever makes parsing or verifying throw anything but the typed exception / result.
 */
class HostileInputProperties {

	private static final String PRESENTATION =
			TestCredentials.presentation("address.locality", "nationalities[1]", "given_name");

	private static final SdJwtVerifier VERIFIER =
			new SdJwtVerifier(TestCredentials.policy().requireKeyBinding(true).build());

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

	@Property(tries = 300)
	void verifyWhenOneCharacterReplacedThenRejected(@ForAll("positions") int position, @ForAll("characters") char c) {
		String mutated = PRESENTATION.substring(0, position) + c + PRESENTATION.substring(position + 1);
		if (!mutated.equals(PRESENTATION)) {
			assertRejected(mutated);
		}
	}

	@Property(tries = 200)
	void verifyWhenOneCharacterDeletedOrInsertedThenRejected(
			@ForAll("positions") int position, @ForAll("characters") char c, @ForAll boolean delete) {
		String mutated = delete
				? PRESENTATION.substring(0, position) + PRESENTATION.substring(position + 1)
				: PRESENTATION.substring(0, position) + c + PRESENTATION.substring(position);
		assertRejected(mutated);
	}

	@Property(tries = 100)
	void verifyWhenOnePartDroppedOrDuplicatedThenRejected(@ForAll("partIndexes") int part, @ForAll boolean duplicate) {
		String[] parts = PRESENTATION.split("~", -1);
		StringBuilder mutated = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i != part || duplicate) {
				mutated.append(parts[i]).append('~');
			}
			if (i == part && duplicate) {
				mutated.append(parts[i]).append('~');
			}
		}
		assertRejected(mutated.substring(0, mutated.length() - 1));
	}

	@Property(tries = 300)
	void verifyWhenArbitraryStringThenTypedResultNeverAnException(@ForAll String anything) {
		assertThat(VERIFIER.verify(anything).isVerified()).isFalse();
		assertParsesOrThrowsTyped(anything);
	}

	@Property(tries = 300)
	void verifyWhenArbitraryTokenLikeStringThenTypedResultNeverAnException(@ForAll("tokenLike") String anything) {
		assertThat(VERIFIER.verify(anything).isVerified()).isFalse();
		assertParsesOrThrowsTyped(anything);
	}

	@Provide
	Arbitrary<Integer> positions() {
		return Arbitraries.integers().between(0, PRESENTATION.length() - 1);
	}

	@Provide
	Arbitrary<Character> characters() {
		return Arbitraries.of(ALPHABET.toCharArray());
	}

	@Provide
	Arbitrary<Integer> partIndexes() {
		return Arbitraries.integers().between(0, PRESENTATION.split("~", -1).length - 1);
	}

	@Provide
	Arbitrary<String> tokenLike() {
		return Arbitraries.strings()
				.withChars(ALPHABET.toCharArray())
				.withChars('{', '[', '"')
				.ofMaxLength(400);
	}

	private static void assertRejected(String mutated) {
		VerificationResult result = VERIFIER.verify(mutated);
		assertThat(result.isVerified()).as(mutated).isFalse();
		assertThat(result.errors()).isNotEmpty();
	}

	private static void assertParsesOrThrowsTyped(String anything) {
		try {
			SdJwt.parse(anything);
		} catch (MalformedCredentialException ex) {
			assertThat(ex.code()).isNotNull();
		}
	}
}
