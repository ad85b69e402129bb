package org.consentlab.credential.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.RequestObjectException.Failure;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.credential.x509.UntrustedCertificateException;
import org.junit.jupiter.api.Test;

/**
 * The wallet's checks of a signed request (OpenID4VP 1.0 §5, §5.9.3): one that holds, and one
 * forgery per check, each refused by that check and no other.
 */
class SignedRequestTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final Duration YEAR = Duration.ofDays(365);

	private final CertificateAuthority root = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR);

	private final CertificateAuthority access = root.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);

	private final KeyPair barKeys = CertificateAuthority.newKeyPair();

	private final CertificateChain bar = access.issue("verifier:bar", barKeys.getPublic(), NOW.minusSeconds(60), YEAR);

	private final List<X509Certificate> roots = List.of(root.root());

	private final Map<String, Object> claims = Map.of(
			Oid4vp.RESPONSE_TYPE,
			Oid4vp.VP_TOKEN,
			Oid4vp.RESPONSE_MODE,
			Oid4vp.DIRECT_POST_JWT,
			Oid4vp.RESPONSE_URI,
			"https://classroom.example/verifiers/bar/response",
			Oid4vp.NONCE,
			"n-0S6_WzA2Mj");

	@Test
	void verifyWhenSignedByARegisteredVerifierThenClaimsAndIdentifierAreBelieved() {
		String signed = SignedRequest.sign(claims, barKeys.getPrivate(), bar);

		SignedRequest.Verified verified = SignedRequest.verify(signed, roots, NOW, "x509_hash:" + bar.x509Hash());

		assertThat(verified.clientId()).isEqualTo(new ClientId(ClientId.Prefix.X509_HASH, bar.x509Hash()));
		assertThat(verified.claims().string(Oid4vp.NONCE)).isEqualTo("n-0S6_WzA2Mj");
		assertThat(verified.claims().string(Oid4vp.AUD)).isEqualTo(Oid4vp.SELF_ISSUED_AUDIENCE);
		assertThat(verified.chain().leaf()).isEqualTo(bar.leaf());
		assertThat(header(signed).getType()).isEqualTo(new JOSEObjectType("oauth-authz-req+jwt"));
	}

	@Test
	void verifyWhenSignatureStrippedThenNotSigned() {
		String signed = SignedRequest.sign(claims, barKeys.getPrivate(), bar);
		String stripped = signed.substring(0, signed.lastIndexOf('.') + 1);

		assertFailure(stripped, Failure.NOT_SIGNED);
	}

	@Test
	void verifyWhenAlgNoneThenNotSigned() {
		String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"oauth-authz-req+jwt\"}")
				.toString();
		String body = Base64URL.encode(Json.write(claims)).toString();

		assertFailure(header + "." + body + ".", Failure.NOT_SIGNED);
	}

	@Test
	void verifyWhenTypIsPlainJwtThenWrongType() throws Exception {
		assertFailure(forge(JOSEObjectType.JWT, bar, barKeys, clientIdOf(bar)), Failure.WRONG_TYPE);
	}

	@Test
	void verifyWhenClientIdDowngradedToRedirectUriThenPrefixNotAccepted() throws Exception {
		assertFailure(
				forge(
						new JOSEObjectType(Oid4vp.REQUEST_OBJECT_TYPE),
						bar,
						barKeys,
						"redirect_uri:https://evil.example/cb"),
				Failure.PREFIX_NOT_ACCEPTED);
	}

	@Test
	void verifyWhenSignedByACertificateOutsideTheClassroomThenUntrustedCertificate() {
		CertificateAuthority elsewhere = CertificateAuthority.root("Classroom root", NOW.minusSeconds(60), YEAR)
				.intermediate("Classroom access CA", NOW.minusSeconds(60), YEAR);
		KeyPair keys = CertificateAuthority.newKeyPair();
		CertificateChain outsider = elsewhere.issue("verifier:bar", keys.getPublic(), NOW.minusSeconds(60), YEAR);

		RequestObjectException refused =
				catchFailure(SignedRequest.sign(claims, keys.getPrivate(), outsider), Failure.UNTRUSTED_CERTIFICATE);
		assertThat(refused.certificateReason()).isEqualTo(UntrustedCertificateException.Reason.NOT_TRUSTED);
	}

	@Test
	void verifyWhenSelfSignedLeafThenUntrustedCertificateNamingIt() {
		CertificateAuthority self = CertificateAuthority.root("verifier:bar", NOW.minusSeconds(60), YEAR);
		CertificateChain selfSigned = CertificateChain.of(self.chain());

		RequestObjectException refused = catchFailure(
				SignedRequest.sign(claims, self.keys().getPrivate(), selfSigned), Failure.UNTRUSTED_CERTIFICATE);
		assertThat(refused.certificateReason()).isEqualTo(UntrustedCertificateException.Reason.SELF_SIGNED_LEAF);
	}

	@Test
	void verifyWhenClientIdHashIsAnotherLeafsThenClientIdMismatch() throws Exception {
		KeyPair bankKeys = CertificateAuthority.newKeyPair();
		CertificateChain bank = access.issue("verifier:bank", bankKeys.getPublic(), NOW.minusSeconds(60), YEAR);

		assertFailure(
				forge(new JOSEObjectType(Oid4vp.REQUEST_OBJECT_TYPE), bar, barKeys, clientIdOf(bank)),
				Failure.CLIENT_ID_MISMATCH);
	}

	@Test
	void verifyWhenX5cSwappedForAnotherVerifiersChainThenBadSignatureOrMismatch() throws Exception {
		KeyPair bankKeys = CertificateAuthority.newKeyPair();
		CertificateChain bank = access.issue("verifier:bank", bankKeys.getPublic(), NOW.minusSeconds(60), YEAR);
		// The forger copies the bank's public chain and hash, but can only sign with the bar's key.
		assertFailure(
				forge(new JOSEObjectType(Oid4vp.REQUEST_OBJECT_TYPE), bank, barKeys, clientIdOf(bank)),
				Failure.BAD_SIGNATURE);
	}

	@Test
	void verifyWhenOuterClientIdDiffersThenOuterMismatch() {
		String signed = SignedRequest.sign(claims, barKeys.getPrivate(), bar);

		RequestObjectException refused =
				catchFailure(signed, Failure.OUTER_CLIENT_ID_MISMATCH, "x509_hash:somebody-else");
		assertThat(refused.error().code()).isEqualTo("invalid_request_object");
	}

	@Test
	void verifyWhenGarbageOrHugeThenMalformed() {
		assertFailure("not-a-jwt.at.all", Failure.MALFORMED);
		assertFailure("x".repeat(SignedRequest.MAX_LENGTH + 1), Failure.MALFORMED);
	}

	@Test
	void failuresWhenListedThenEachCitesASection() {
		for (Failure failure : Failure.values()) {
			assertThat(failure.section()).matches(".*(§|RFC).*");
		}
	}

	private String forge(JOSEObjectType typ, CertificateChain chain, KeyPair signer, String clientId) throws Exception {
		Map<String, Object> all = new LinkedHashMap<>(claims);
		all.put(Oid4vp.CLIENT_ID, clientId);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
				.type(typ)
				.x509CertChain(chain.toX5c().stream().map(Base64::new).toList())
				.build();
		JWSObject jws = new JWSObject(header, new Payload(Json.write(all)));
		jws.sign(new ECDSASigner((ECPrivateKey) signer.getPrivate()));
		return jws.serialize();
	}

	private static String clientIdOf(CertificateChain chain) {
		return ClientId.x509Hash(chain).toString();
	}

	private static JWSHeader header(String compact) {
		try {
			return JWSHeader.parse(new Base64URL(compact.substring(0, compact.indexOf('.'))));
		} catch (java.text.ParseException ex) {
			throw new AssertionError("not a JWS header", ex);
		}
	}

	private void assertFailure(String requestObject, Failure expected) {
		catchFailure(requestObject, expected);
	}

	private RequestObjectException catchFailure(String requestObject, Failure expected) {
		return catchFailure(requestObject, expected, null);
	}

	private RequestObjectException catchFailure(String requestObject, Failure expected, String outerClientId) {
		try {
			SignedRequest.verify(requestObject, roots, NOW, outerClientId);
		} catch (RequestObjectException ex) {
			assertThat(ex.failure()).isEqualTo(expected);
			return ex;
		}
		throw new AssertionError("accepted a request that should fail with " + expected);
	}
}
