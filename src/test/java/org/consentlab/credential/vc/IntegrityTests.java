package org.consentlab.credential.vc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.consentlab.credential.vc.IntegrityMismatchException.Reason;
import org.junit.jupiter.api.Test;

/** W3C SRI integrity strings as SD-JWT VC §6 pins a Type Metadata document with them. */
class IntegrityTests {

	private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

	/** FIPS 180-2's "abc" vectors, base64 as SRI writes them. */
	private static final String SHA256_ABC = "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";

	private static final String SHA384_ABC = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";

	@Test
	void ofWhenFipsVectorThenSameStringAsWritten() {
		assertThat(Integrity.of(ABC, Integrity.Algorithm.SHA256)).hasToString(SHA256_ABC);
		assertThat(Integrity.of(ABC, Integrity.Algorithm.SHA384)).hasToString(SHA384_ABC);
		assertThat(Integrity.parse(SHA256_ABC).matches(ABC)).isTrue();
	}

	@Test
	void checkWhenDocumentChangedThenMismatch() {
		Integrity pin = Integrity.parse(SHA256_ABC);

		assertThatThrownBy(() -> pin.check("abd".getBytes(StandardCharsets.US_ASCII)))
				.isInstanceOfSatisfying(
						IntegrityMismatchException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.MISMATCH));
	}

	/** SRI §3.3.5: only the strongest algorithm listed counts, so a weak right digest cannot outvote a strong wrong one. */
	@Test
	void matchesWhenStrongerDigestWrongThenNoMatchEvenIfWeakerRight() {
		String wrong384 = Integrity.of("other".getBytes(StandardCharsets.US_ASCII), Integrity.Algorithm.SHA384)
				.toString();

		assertThat(Integrity.parse(SHA256_ABC + " " + wrong384).matches(ABC)).isFalse();
		assertThat(Integrity.parse(wrong384 + "  " + SHA384_ABC).matches(ABC))
				.as("any of the strongest digests may match")
				.isTrue();
	}

	@Test
	void parseWhenUnknownAlgorithmBesideAKnownOneThenSkippedAndOptionsIgnored() {
		Integrity pin = Integrity.parse("md5-AAAA " + SHA256_ABC + "?ct=application/json");

		assertThat(pin.digests()).hasSize(1);
		assertThat(pin.matches(ABC)).isTrue();
	}

	@Test
	void parseWhenNothingCheckableThenRefusedRatherThanTrusted() {
		assertThatThrownBy(() -> Integrity.parse("md5-kAFQmDzST7DWlj99KOF/cg=="))
				.isInstanceOfSatisfying(
						IntegrityMismatchException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.NO_KNOWN_ALGORITHM));
		for (String bad : new String[] {"", " ", "sha256", "sha256-%%%", "sha256-AAAA", "x".repeat(513)}) {
			assertThatThrownBy(() -> Integrity.parse(bad))
					.as(bad)
					.isInstanceOfSatisfying(
							IntegrityMismatchException.class,
							ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
		}
	}
}
