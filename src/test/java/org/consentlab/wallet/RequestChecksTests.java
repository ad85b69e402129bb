package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.support.RunningApp;
import org.consentlab.support.SignedRequests;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.consentlab.trust.AccessCredentials;
import org.consentlab.trust.ClassroomTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The wallet's checks of a signed request over real HTTP, as a learner meets them through a link:
 * a genuine request shows the registered name, purpose and register entry; each forgery is refused
 * with its typed check and the section that states it, on a clear page (400, never a 500).
 */
class RequestChecksTests {

	private static RunningApp app;

	private static WebClient learner;

	private static SignedRequests.Started bar;

	private static SignedRequests.Started bank;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		new WalletDriver(learner).receivePid();
		bar = SignedRequests.start(learner, "bar");
		bank = SignedRequests.start(learner, "bank");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void consentWhenSignedAndRegisteredThenRegisteredNamePurposeEntryAndOverAsking() {
		HttpResponse<String> consent = learner.get(link(bar.clientId(), "request_uri", bar.requestUri()));
		assertThat(consent.statusCode()).isEqualTo(200);
		String page = HtmlUtils.htmlUnescape(consent.body());
		assertThat(page)
				.contains("id=\"verifier-name\">The Corner Bar<")
				.contains("href=\"/register#entry-bar\"")
				.contains("id=\"verified-how\"")
				.doesNotContain("Unverified requester");
		assertThat(page).contains("class=\"over-asking\"").contains("given_name, address");
		assertThat(WalletDriver.hidden(consent.body())).containsOnlyKeys("client_id", "request");
	}

	@Test
	void consentWhenSignatureStrippedThenNotSigned() {
		String object = bar.requestObject();
		assertRefused(bar.clientId(), object.substring(0, object.lastIndexOf('.') + 1), "NOT_SIGNED");
	}

	@Test
	void consentWhenPayloadChangedAfterSigningThenBadSignature() {
		Map<String, Object> claims = new LinkedHashMap<>(bar.claims());
		claims.put("verifier_info", bank.claims().get("verifier_info"));
		String[] parts = bar.requestObject().split("\\.");
		assertRefused(bar.clientId(), parts[0] + "." + encode(Json.write(claims)) + "." + parts[2], "BAD_SIGNATURE");
	}

	@Test
	void consentWhenX5cSwappedForAnotherVerifiersThenClientIdMismatch() {
		Map<String, Object> header = new LinkedHashMap<>(SignedRequests.header(bar.requestObject()));
		header.put("x5c", SignedRequests.header(bank.requestObject()).get("x5c"));
		String[] parts = bar.requestObject().split("\\.");
		assertRefused(
				bar.clientId(), encode(Json.write(header)) + "." + parts[1] + "." + parts[2], "CLIENT_ID_MISMATCH");
	}

	@Test
	void consentWhenClientIdNamesAnotherVerifiersHashThenClientIdMismatch() throws Exception {
		Map<String, Object> claims = new LinkedHashMap<>(bar.claims());
		claims.put("client_id", bank.clientId());
		assertRefused(bank.clientId(), signedAsBar(claims), "CLIENT_ID_MISMATCH");
	}

	@Test
	void consentWhenPrefixDowngradedToRedirectUriThenPrefixNotAccepted() throws Exception {
		Map<String, Object> claims = new LinkedHashMap<>(bar.claims());
		String downgraded = "redirect_uri:" + claims.get("response_uri");
		claims.put("client_id", downgraded);
		assertRefused(downgraded, signedAsBar(claims), "PREFIX_NOT_ACCEPTED");
	}

	@Test
	void consentWhenSignedUnderAnotherRootThenUntrustedCertificate() {
		Instant now = Instant.now().minusSeconds(60);
		CertificateAuthority root = CertificateAuthority.root("ConsentLab classroom root", now, Duration.ofDays(30));
		CertificateAuthority ca =
				root.intermediate("ConsentLab access certificate authority", now, Duration.ofDays(30));
		KeyPair keys = CertificateAuthority.newKeyPair();
		CertificateChain chain = ca.issue(ClassroomTrust.entityId("bar"), keys.getPublic(), now, Duration.ofDays(30));
		Map<String, Object> claims = new LinkedHashMap<>(bar.claims());
		claims.remove("client_id");
		String forged = SignedRequest.sign(claims, keys.getPrivate(), chain);
		String page = assertRefused("x509_hash:" + chain.x509Hash(), forged, "UNTRUSTED_CERTIFICATE");
		assertThat(page).contains("id=\"certificate-reason\">NOT_TRUSTED<");
	}

	@Test
	void consentWhenLinkNamesAnotherClientThanTheObjectThenOuterClientIdMismatch() {
		assertRefused(bank.clientId(), bar.requestObject(), "OUTER_CLIENT_ID_MISMATCH");
	}

	@Test
	void consentWhenSignedWithAnotherVerifiersRegistrationThenUnverifiedNotBound() throws Exception {
		Map<String, Object> claims = new LinkedHashMap<>(bar.claims());
		claims.put("verifier_info", bank.claims().get("verifier_info"));
		HttpResponse<String> consent = learner.get(link(bar.clientId(), "request", signedAsBar(claims)));
		assertThat(consent.statusCode()).isEqualTo(200);
		assertThat(consent.body())
				.contains("Unverified requester")
				.contains("NOT_BOUND")
				.doesNotContain("id=\"verifier-name\"");
	}

	@Test
	void consentWhenRequestUriLeadsNowhereOrClientIdMissingThenClearPageNever500() {
		HttpResponse<String> nowhere = learner.get(
				link(bar.clientId(), "request_uri", app.url("/verifiers/bar/request-objects/no-such-state")));
		assertThat(nowhere.statusCode()).isEqualTo(200);
		assertThat(nowhere.body()).contains("invalid_request");
		assertThat(learner.get("/wallet/requests?request=" + bar.requestObject())
						.statusCode())
				.isEqualTo(400);
		assertThat(learner.get(link(bar.clientId(), "request", "x".repeat(70_000)))
						.statusCode())
				.isEqualTo(400);
	}

	private static String assertRefused(String clientId, String requestObject, String check) {
		HttpResponse<String> refused = learner.get(link(clientId, "request", requestObject));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body())
				.contains("Your wallet refused this request")
				.contains("id=\"refusal-code\">" + check + "<")
				.contains("id=\"refusal-section\"");
		return refused.body();
	}

	/** Signs {@code claims} as they are with the bar's own access key and chain: a verifier lying about itself. */
	private static String signedAsBar(Map<String, Object> claims) throws Exception {
		AccessCredentials access =
				app.bean(ClassroomTrust.class).accessCredentials("bar").orElseThrow();
		JWSObject jws = new JWSObject(
				new JWSHeader.Builder(JWSAlgorithm.ES256)
						.type(new JOSEObjectType("oauth-authz-req+jwt"))
						.x509CertChain(
								access.chain().toX5c().stream().map(Base64::new).toList())
						.build(),
				new Payload(Json.write(claims)));
		jws.sign(new ECDSASigner((ECPrivateKey) access.key()));
		return jws.serialize();
	}

	private static String link(String clientId, String name, String value) {
		return "/wallet/requests?client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&" + name + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String encode(String json) {
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}
}
