package org.consentlab.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.dcql.ClaimsQuery;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.oid4vp.VerifierInfo;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.verify.SdJwtVerifier;
import org.consentlab.credential.verify.VerificationResult;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our verifier's signed request by reference (OpenID4VP 1.0 §5, §5.9.3) and encrypted
 * {@code direct_post.jwt} answer (§8.3, §8.3.1), over real HTTP, against a wallet that shares none
 * of our OpenID4VP or X.509 code: it checks the request with only the JDK's PKIX validator, a
 * SHA-256 of the leaf's DER and Nimbus, each step as the specification's words say, and its key
 * binding is signed by the EU reference SD-JWT library. The EU OpenID4VP wallet library would be
 * the better peer but resolves in no version here (see {@code package-info}); this wallet is
 * written from the specification so that our side is checked against the text, not against
 * itself. To run against the app instead of this small server, serve the same request from the
 * verifier's request-URI endpoint through {@code support.RunningApp} and keep the wallet as is.
 */
class SignedRequestByReferenceInteropTests {

	private static final Duration YEAR = Duration.ofDays(365);

	private final Instant now = Instant.now();

	private final CertificateAuthority root = CertificateAuthority.root("Classroom root", now.minusSeconds(60), YEAR);

	private final CertificateAuthority access = root.intermediate("Classroom access CA", now.minusSeconds(60), YEAR);

	private final KeyPair barKeys = CertificateAuthority.newKeyPair();

	private final CertificateChain bar = access.issue("verifier:bar", barKeys.getPublic(), now.minusSeconds(60), YEAR);

	private final Map<String, String> requestObjects = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> verifiedAnswers = new ConcurrentHashMap<>();

	private ECKey responseKey;

	private HttpServer server;

	private String base;

	@BeforeEach
	void startVerifier() throws Exception {
		this.responseKey = new ECKeyGenerator(Curve.P_256)
				.keyUse(KeyUse.ENCRYPTION)
				.algorithm(JWEAlgorithm.ECDH_ES)
				.keyID("request-1")
				.generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/request/", this::serveRequestObject);
		this.server.createContext("/response", this::receiveResponse);
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stopVerifier() {
		this.server.stop(0);
	}

	@Test
	void presentWhenWalletFollowsTheSpecificationThenOurVerifierDecryptsAndVerifiesTheAnswer() throws Exception {
		String link = publish("1", SignedRequest.sign(requestClaims("state-1"), barKeys.getPrivate(), bar));

		Map<String, Object> request = IndependentWallet.resolve(link, root.root());
		int status = IndependentWallet.answer(request, "pid", vpToken(request));

		assertThat(status).isEqualTo(200);
		assertThat(this.verifiedAnswers.get("state-1"))
				.containsEntry("given_name", "Erika")
				.containsEntry("birthdate", "1963-08-12")
				.doesNotContainKeys("family_name", "address");
		assertThat(request.get(Oid4vp.CLIENT_ID)).isEqualTo("x509_hash:" + IndependentWallet.x509Hash(bar.leaf()));
	}

	@Test
	void resolveWhenChainLeadsToAnotherRootThenBothWalletsRefuse() throws Exception {
		CertificateAuthority elsewhere = CertificateAuthority.root("Classroom root", now.minusSeconds(60), YEAR)
				.intermediate("Classroom access CA", now.minusSeconds(60), YEAR);
		KeyPair keys = CertificateAuthority.newKeyPair();
		CertificateChain outsider = elsewhere.issue("verifier:bar", keys.getPublic(), now.minusSeconds(60), YEAR);
		String link = publish("2", SignedRequest.sign(requestClaims("state-2"), keys.getPrivate(), outsider));

		assertThatThrownBy(() -> IndependentWallet.resolve(link, root.root())).hasMessageContaining("trust chain");
		assertOursRefuses(link, RequestObjectException.Failure.UNTRUSTED_CERTIFICATE);
	}

	@Test
	void resolveWhenClientIdIsAnotherLeafsHashThenBothWalletsRefuse() throws Exception {
		KeyPair bankKeys = CertificateAuthority.newKeyPair();
		CertificateChain bank = access.issue("verifier:bank", bankKeys.getPublic(), now.minusSeconds(60), YEAR);
		// Signed by the bar's key under the bar's chain, while claiming to be the bank.
		String forged =
				signByHand(requestClaims("state-3"), ClientId.x509Hash(bank).toString(), bar, barKeys);
		String link = publish("3", forged);

		assertThatThrownBy(() -> IndependentWallet.resolve(link, root.root())).hasMessageContaining("x509_hash");
		assertOursRefuses(link, RequestObjectException.Failure.CLIENT_ID_MISMATCH);
	}

	@Test
	void answerWhenEncryptedToAnotherKeyThenOurVerifierRefusesIt() throws Exception {
		String link = publish("4", SignedRequest.sign(requestClaims("state-4"), barKeys.getPrivate(), bar));
		Map<String, Object> request = IndependentWallet.resolve(link, root.root());
		Map<String, Object> otherMetadata = new LinkedHashMap<>(request);
		ECKey other = new ECKeyGenerator(Curve.P_256)
				.algorithm(JWEAlgorithm.ECDH_ES)
				.generate()
				.toPublicJWK();
		otherMetadata.put(Oid4vp.CLIENT_METADATA, Map.of(Oid4vp.JWKS, Map.of("keys", List.of(other.toJSONObject()))));

		int status = IndependentWallet.answer(otherMetadata, "pid", vpToken(request));

		assertThat(status).isEqualTo(400);
		assertThat(this.verifiedAnswers).doesNotContainKey("state-4");
	}

	/** Our wallet-side check of the same request, fetched over the same HTTP. */
	private void assertOursRefuses(String link, RequestObjectException.Failure expected) throws Exception {
		Map<String, String> query = IndependentWallet.query(URI.create(link));
		String object = IndependentWallet.get(query.get(Oid4vp.REQUEST_URI));
		assertThatThrownBy(() -> SignedRequest.verify(object, List.of(root.root()), now, query.get(Oid4vp.CLIENT_ID)))
				.isInstanceOfSatisfying(
						RequestObjectException.class,
						(ex) -> assertThat(ex.failure()).isEqualTo(expected));
	}

	/** The request our verifier signs: an encrypted answer to this server, a DCQL query, its registration. */
	private Map<String, Object> requestClaims(String state) throws Exception {
		DcqlQuery query = DcqlQuery.parse("""
				{"credentials":[{"id":"pid","format":"dc+sd-jwt","meta":{"vct_values":["urn:example:pid"]},
				"claims":[{"path":["given_name"]},{"path":["birthdate"]}]}]}""");
		VerifierInfo registration = new VerifierRegistration(
						"Bar", "Age check at the door", List.of(ClaimsQuery.of(null, "birthdate")))
				.toVerifierInfo();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(Oid4vp.RESPONSE_TYPE, Oid4vp.VP_TOKEN);
		claims.put(Oid4vp.RESPONSE_MODE, Oid4vp.DIRECT_POST_JWT);
		claims.put(Oid4vp.RESPONSE_URI, this.base + "/response");
		claims.put(Oid4vp.NONCE, "nonce-" + state);
		claims.put(Oid4vp.STATE, state);
		claims.put(Oid4vp.DCQL_QUERY, JSONObjectUtils.parse(query.toJson()));
		claims.put(
				Oid4vp.CLIENT_METADATA,
				new ClientMetadata(this.responseKey.toPublicJWK(), ClientMetadata.SUPPORTED).toMap());
		claims.put(
				Oid4vp.VERIFIER_INFO,
				List.of(Map.of(Oid4vp.FORMAT, registration.format(), Oid4vp.DATA, registration.data())));
		return claims;
	}

	/** What the wallet presents: our core selects the disclosures, the EU library binds them to this request. */
	private static String vpToken(Map<String, Object> request) {
		String selected = Presentation.select(
						TestCredentials.credential(), TestCredentials.paths("given_name", "birthdate"), 32)
				.serialize();
		return EudiSdJwtInteroperabilityTests.eudiBinds(
				selected, (String) request.get(Oid4vp.CLIENT_ID), (String) request.get(Oid4vp.NONCE));
	}

	private String publish(String id, String requestObject) throws Exception {
		this.requestObjects.put(id, requestObject);
		String clientId = (String) JSONObjectUtils.parse(
						JWSObject.parse(requestObject).getPayload().toString())
				.get(Oid4vp.CLIENT_ID);
		return Oid4vp.SCHEME + "?" + Oid4vp.CLIENT_ID + "=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
				+ "&" + Oid4vp.REQUEST_URI + "="
				+ URLEncoder.encode(this.base + "/request/" + id, StandardCharsets.UTF_8);
	}

	private static String signByHand(Map<String, Object> claims, String clientId, CertificateChain chain, KeyPair keys)
			throws Exception {
		Map<String, Object> all = new LinkedHashMap<>(claims);
		all.put(Oid4vp.CLIENT_ID, clientId);
		JWSObject jws = new JWSObject(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType(Oid4vp.REQUEST_OBJECT_TYPE))
						.x509CertChain(chain.toX5c().stream().map(Base64::new).toList())
						.build(),
				new Payload(Json.write(all)));
		jws.sign(new ECDSASigner((ECPrivateKey) keys.getPrivate()));
		return jws.serialize();
	}

	private void serveRequestObject(HttpExchange exchange) throws IOException {
		String id = exchange.getRequestURI().getPath().substring("/request/".length());
		String object = this.requestObjects.get(id);
		if (object == null) {
			send(exchange, 404, "text/plain", "no such request");
			return;
		}
		send(exchange, 200, "application/oauth-authz-req+jwt", object);
	}

	/** Our verifier's response endpoint: decrypt with this request's key, then verify each presentation. */
	private void receiveResponse(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readNBytes(EncryptedResponse.MAX_LENGTH + 1024);
		Map<String, String> form = IndependentWallet.form(new String(body, StandardCharsets.UTF_8));
		try {
			JsonMembers answer = EncryptedResponse.decrypt(form.get(Oid4vp.RESPONSE), this.responseKey);
			String state = answer.string(Oid4vp.STATE);
			VpToken token =
					VpToken.parse(Json.write(answer.object(Oid4vp.VP_TOKEN).asMap()));
			String clientId = ClientId.x509Hash(this.bar).toString();
			VerificationResult result = new SdJwtVerifier(TestCredentials.policy()
							.requireKeyBinding(true)
							.expectedNonce("nonce-" + state)
							.expectedAudience(clientId)
							.build())
					.verify(token.presentations().get("pid").get(0));
			if (result instanceof VerificationResult.Verified verified) {
				this.verifiedAnswers.put(state, verified.claims());
				send(exchange, 200, "application/json", "{}");
			} else {
				send(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
			}
		} catch (RuntimeException ex) {
			send(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
		}
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
