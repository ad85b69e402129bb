package org.consentlab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.support.RunningApp;
import org.consentlab.support.SignedRequests;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.trust.ClassroomTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A verifier's signed requests over real HTTP (OpenID4VP 1.0 §5.10, §8.3.1, HAIP 1.0): the link
 * carries only the client id and the request URI; the request object is signed by the verifier's
 * access certificate under the classroom root, with its registration and a fresh encryption key;
 * the answer must come encrypted to that key. The unsigned mode stays reachable per transaction.
 */
class SignedRequestEndpointTests {

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void requestObjectWhenFetchedThenSignedUnderTheClassroomRootAndBoundToItsRegistration() {
		SignedRequests.Started bar = SignedRequests.start(learner, "bar");
		ClassroomTrust trust = app.bean(ClassroomTrust.class);
		assertThat(bar.clientId())
				.isEqualTo(
						trust.accessCredentials("bar").orElseThrow().clientId().toString());
		assertThat(bar.clientId()).startsWith("x509_hash:");
		assertThat(SignedRequests.header(bar.requestObject()))
				.containsEntry("typ", "oauth-authz-req+jwt")
				.containsKey("x5c");
		SignedRequest.Verified verified =
				SignedRequest.verify(bar.requestObject(), trust.roots(), Instant.now(), bar.clientId());
		assertThat(bar.claims())
				.containsEntry("response_mode", "direct_post.jwt")
				.containsEntry("aud", "https://self-issued.me/v2");
		@SuppressWarnings("unchecked")
		Map<String, Object> info = ((List<Map<String, Object>>) bar.claims().get("verifier_info")).get(0);
		assertThat(info).containsEntry("format", "registration_cert");
		RegistrationCertificate registration =
				RegistrationCertificate.verify((String) info.get("data"), trust.roots(), Instant.now());
		registration.requireBoundTo(verified.chain());
		assertThat(registration.entityId()).isEqualTo(ClassroomTrust.entityId("bar"));
		ECKey key = bar.metadata().encryptionKey();
		assertThat(key.isPrivate()).isFalse();
		assertThat(key.getKeyID()).isNotBlank();
		assertThat(key.getAlgorithm()).isEqualTo(JWEAlgorithm.ECDH_ES);
		assertThat(SignedRequests.start(learner, "bar").metadata().encryptionKey())
				.as("a key per transaction")
				.isNotEqualTo(key);
	}

	@Test
	void requestObjectWhenPostedWithWalletNonceThenEchoedAndWhenDecidedThenGone() {
		SignedRequests.Started hotel = SignedRequests.start(learner, "hotel");
		String path = hotel.requestUri().replaceAll("^https?://[^/]+", "");
		HttpResponse<String> posted = learner.postRaw(path, "wallet_nonce=qPmxiNFCR3QTm19POc8u");
		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(SignedRequests.payload(posted.body())).containsEntry("wallet_nonce", "qPmxiNFCR3QTm19POc8u");
		assertThat(learner.postRaw(path, "wallet_nonce=" + "n".repeat(300)).statusCode())
				.isEqualTo(400);
		HttpResponse<String> declined = learner.postRaw(
				"/verifiers/hotel/response",
				WebClient.encode(Map.of("state", hotel.state(), "error", "access_denied")));
		assertThat(declined.statusCode()).isEqualTo(200);
		assertThat(learner.get(path).statusCode()).isEqualTo(404);
		assertThat(learner.get("/verifiers/hotel/request-objects/no-such-state").statusCode())
				.isEqualTo(404);
		assertThat(learner.get("/verifiers/nobody/request-objects/x").statusCode())
				.isEqualTo(404);
		assertThat(responseKey(hotel))
				.as("the private key is erased once decided")
				.isNull();
	}

	@Test
	void answerWhenEncryptedToAnotherKeyThenResponseNotDecryptable() throws Exception {
		SignedRequests.Started bank = SignedRequests.start(learner, "bank");
		ECKey other = new ECKeyGenerator(Curve.P_256)
				.keyID(bank.metadata().encryptionKey().getKeyID())
				.algorithm(JWEAlgorithm.ECDH_ES)
				.generate();
		HttpResponse<String> answer = learner.postRaw(
				"/verifiers/bank/response",
				bank.encryptedAnswer(
						Map.of("pid", List.of("x~")),
						new ClientMetadata(other.toPublicJWK(), ClientMetadata.SUPPORTED)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("RESPONSE_NOT_DECRYPTABLE");
		assertThat(learner.get("/verifiers/bank").body()).contains("RESPONSE_NOT_DECRYPTABLE");
		assertThat(transaction("bank").status()).isEqualTo(Transaction.Status.REJECTED);
	}

	@Test
	void answerWhenPlainToASignedRequestThenResponseNotEncrypted() {
		SignedRequests.Started sim = SignedRequests.start(learner, "sim");
		HttpResponse<String> answer = learner.postRaw(
				"/verifiers/sim/response",
				WebClient.encode(Map.of("state", sim.state(), "vp_token", "{\"pid\": [\"x~\"]}")));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(learner.get("/verifiers/sim").body()).contains("RESPONSE_NOT_ENCRYPTED");
		assertThat(learner.postRaw("/verifiers/sim/response", "response=not-a-jwe")
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.postRaw("/verifiers/sim/response", "response=" + "A".repeat(300_000))
						.statusCode())
				.isBetween(400, 413);
	}

	@Test
	void startWhenUnsignedAskedThenTheOldRequestByValueAnsweredInPlainText() {
		learner.get("/verifiers/landlord");
		String path = learner.post("/verifiers/landlord/transactions", "mode", "unsigned")
				.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceAll("^https?://[^/]+", "");
		String page = learner.get(path).body();
		Map<String, String> link = SignedRequests.query(WalletDriver.href(page, "request-link"));
		assertThat(link)
				.containsEntry("response_mode", "direct_post")
				.containsKeys("dcql_query", "nonce", "state")
				.doesNotContainKey("request_uri");
		assertThat(link.get("client_id")).startsWith("redirect_uri:");
		assertThat(transaction("landlord").mode()).isEqualTo(RequestMode.UNSIGNED);
		assertThat(learner.get("/verifiers/landlord/request-objects/" + link.get("state"))
						.statusCode())
				.isEqualTo(404);
	}

	private static Transaction transaction(String verifierId) {
		long account = app.bean(org.consentlab.account.Accounts.class)
				.byUsername("solo")
				.orElseThrow()
				.id();
		return app.bean(VerifierTransactions.class).of(account, verifierId).get(0);
	}

	private static String responseKey(SignedRequests.Started started) {
		return app.bean(JdbcClient.class)
				.sql("SELECT RESPONSE_KEY FROM VERIFIER_TRANSACTION WHERE STATE = ?")
				.param(started.state())
				.query(String.class)
				.list()
				.get(0);
	}
}
