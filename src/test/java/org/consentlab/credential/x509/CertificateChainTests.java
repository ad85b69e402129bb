package org.consentlab.credential.x509;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.consentlab.credential.x509.UntrustedCertificateException.Reason;
import org.junit.jupiter.api.Test;

/** A classroom's root, intermediate and verifier leaves, and each way a wallet refuses a chain. */
class CertificateChainTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final Duration YEAR = Duration.ofDays(365);

	private final CertificateAuthority root = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR);

	private final CertificateAuthority intermediate =
			root.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);

	private final KeyPair verifierKeys = CertificateAuthority.newKeyPair();

	private final CertificateChain chain =
			intermediate.issue("verifier:bar", verifierKeys.getPublic(), NOW.minusSeconds(60), YEAR);

	@Test
	void validateWhenLeafIssuedUnderTheRootThenTrusted() {
		chain.validate(List.of(root.root()), NOW);

		assertThat(chain.certificates()).hasSize(2);
		assertThat(chain.leaf().getPublicKey()).isEqualTo(verifierKeys.getPublic());
		assertThat(chain.leaf().getBasicConstraints()).isEqualTo(-1);
		assertThat(intermediate.certificate().getBasicConstraints()).isZero();
	}

	@Test
	void x509HashWhenComputedThenIsBase64UrlSha256OfTheLeafDer() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(chain.leaf().getEncoded());

		assertThat(chain.x509Hash())
				.isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
				.hasSize(43)
				.doesNotContain("=", "+", "/");
	}

	@Test
	void fromX5cWhenWrittenThenReadsTheSameCertificates() {
		CertificateChain read = CertificateChain.fromX5c(chain.toX5c());

		assertThat(read.certificates()).isEqualTo(chain.certificates());
		assertThat(read.x509Hash()).isEqualTo(chain.x509Hash());
	}

	@Test
	void validateWhenAnotherClassroomsRootThenNotTrusted() {
		CertificateAuthority otherRoot = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR);

		assertThatThrownBy(() -> chain.validate(List.of(otherRoot.root()), NOW))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.NOT_TRUSTED));
	}

	@Test
	void validateWhenIntermediateLeftOutThenNotTrusted() {
		CertificateChain leafOnly = CertificateChain.of(List.of(chain.leaf()));

		assertThatThrownBy(() -> leafOnly.validate(List.of(root.root()), NOW))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.NOT_TRUSTED));
	}

	@Test
	void validateWhenLeafIsSelfSignedThenRefusedAsSuch() {
		CertificateAuthority selfMade = CertificateAuthority.root("verifier:bar", NOW.minusSeconds(60), YEAR);

		assertThatThrownBy(() -> CertificateChain.of(selfMade.chain()).validate(List.of(selfMade.root()), NOW))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.SELF_SIGNED_LEAF));
	}

	@Test
	void validateWhenLeafIsAnAuthorityThenRefused() {
		CertificateChain authorityAsLeaf =
				CertificateChain.of(intermediate.chain().subList(0, 1));

		assertThatThrownBy(() -> authorityAsLeaf.validate(List.of(root.root()), NOW))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.LEAF_IS_AUTHORITY));
	}

	@Test
	void validateWhenLeafExpiredThenRefusedAsExpired() {
		assertThatThrownBy(() ->
						chain.validate(List.of(root.root()), NOW.plus(YEAR).plusSeconds(1)))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.EXPIRED));
	}

	@Test
	void validateWhenLeafSignedByAnUntrustedIntermediateWithTheSameNameThenNotTrusted() {
		CertificateAuthority forger = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR)
				.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);
		CertificateChain forged = forger.issue("verifier:bar", verifierKeys.getPublic(), NOW.minusSeconds(60), YEAR);
		List<java.security.cert.X509Certificate> swapped = new ArrayList<>(forged.certificates());
		swapped.set(1, intermediate.certificate());

		assertThatThrownBy(() -> CertificateChain.of(swapped).validate(List.of(root.root()), NOW))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.NOT_TRUSTED));
	}

	@Test
	void fromX5cWhenEntriesAreNotCertificatesThenMalformed() {
		assertThatThrownBy(() -> CertificateChain.fromX5c(List.of("bm90IGEgY2VydGlmaWNhdGU=")))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
		assertThatThrownBy(() -> CertificateChain.fromX5c(List.of("*")))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
		assertThatThrownBy(() -> CertificateChain.fromX5c(List.of()))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.NO_CHAIN));
		List<String> tooLong = new ArrayList<>();
		for (int i = 0; i <= CertificateChain.MAX_LENGTH; i++) {
			tooLong.addAll(chain.toX5c().subList(0, 1));
		}
		assertThatThrownBy(() -> CertificateChain.fromX5c(tooLong))
				.isInstanceOfSatisfying(
						UntrustedCertificateException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
	}
}
