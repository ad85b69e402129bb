package org.consentlab.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.credential.TestCredentials;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.sdjwt.SdJwtIssuer;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.Integrity;
import org.consentlab.credential.vc.TypeMetadata;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims a person can read, over real HTTP: the issuer publishes its type's metadata (SD-JWT VC
 * draft 15 §5) and pins it in each credential ({@code vct#integrity}, §6); the wallet fetches it,
 * checks the pin and shows "Date of birth" with {@code birthdate} beside it, on the credential page
 * and on the consent screen; a document that does not match the pin is refused.
 */
class ClaimLabelsTests {

	private static final String PID_VCT = "urn:consentlab:pid:1";

	private static RunningApp app;

	private static WebClient learner;

	private static WalletDriver wallet;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		wallet = new WalletDriver(learner);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void typeMetadataWhenFetchedFromTheIssuerThenMatchesThePinInItsCredentialsAndLabelsEveryClaim() {
		HeldCredential pid = held(wallet.receivePid());
		String pin = (String) pid.parsed().payload().get(SdJwtVc.VCT_INTEGRITY);

		HttpResponse<String> document = new WebClient(app).get(path(TypeMetadata.location(pid.issuer(), PID_VCT)));

		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(Integrity.parse(pin).matches(document.body().getBytes(StandardCharsets.UTF_8)))
				.isTrue();
		TypeMetadata metadata = TypeMetadata.parse(document.body());
		assertThat(metadata.claim(List.of("birthdate")).orElseThrow().label(Locale.forLanguageTag("en")))
				.hasValueSatisfying(label -> assertThat(label.label()).isEqualTo("Date of birth"));
		assertThat(metadata.claims())
				.allSatisfy(claim -> assertThat(claim.display()).isNotEmpty());
		assertThat(pid.parsed().disclosures())
				.as("§3.2.2.2: vct#integrity is never selectively disclosed")
				.noneMatch(d -> d.encoded().isEmpty() || d.contents().contains(SdJwtVc.VCT_INTEGRITY));
	}

	@Test
	void typeMetadataWhenAnotherIssuersTypeOrNoneThenNotFound() {
		WebClient stranger = new WebClient(app);
		String university = app.url("/issuers/university");

		assertThat(stranger.get(path(TypeMetadata.location(university, PID_VCT)))
						.statusCode())
				.isEqualTo(404);
		assertThat(stranger.get("/issuers/pid/type-metadata").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/issuers/nobody/type-metadata?vct=x").statusCode())
				.isEqualTo(404);
	}

	@Test
	void credentialPageWhenPinMatchesThenLabelWithTechnicalNameBeside() {
		String page = learner.get(wallet.receivePid()).body();

		assertThat(page)
				.contains("data-status=\"PINNED\"")
				.containsPattern(
						"<span class=\"claim-label\">Date of birth</span>\\s*<code class=\"claim-name\">birthdate</code>")
				.containsPattern(
						"<span class=\"claim-label\">Town or city</span>\\s*<code class=\"claim-name\">address.locality</code>")
				.doesNotContain(">vct#integrity<");
	}

	@Test
	void consentScreenWhenBankAsksThenItsClaimsByTheirLabels() {
		wallet.receivePid();

		String consent = wallet.openRequest("bank");

		assertThat(consent)
				.containsPattern(
						"<span class=\"claim-label\">Date of birth</span>\\s*<code class=\"claim-name\">birthdate</code>")
				.containsPattern(
						"<span class=\"claim-label\">Document number</span>\\s*<code class=\"claim-name\">document_number</code>");
	}

	/**
	 * The credential pins another document than the one its issuer serves now, as when the labels
	 * were changed after issuance: the wallet refuses the document and shows technical names.
	 */
	@Test
	void credentialPageWhenPinDoesNotMatchTheServedDocumentThenRefusedAndTechnicalNamesOnly() {
		HeldCredential genuine = held(wallet.receivePid());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(SdJwtVc.ISS, genuine.issuer());
		payload.put(SdJwtVc.VCT, PID_VCT);
		payload.put(
				SdJwtVc.VCT_INTEGRITY,
				Integrity.of("another document".getBytes(StandardCharsets.UTF_8), Integrity.Algorithm.SHA256)
						.toString());
		payload.put("birthdate", "1990-01-01");
		SdJwt repinned = SdJwtIssuer.builder(TestCredentials.ISSUER_KEY)
				.build()
				.issue(payload, List.of(ClaimPath.of("birthdate")), TestCredentials.HOLDER_KEY);
		HeldCredential stored = app.bean(WalletCredentials.class)
				.add(me().id(), genuine.issuer(), PID_VCT, repinned.serialize(), genuine.holderJwk(), "");

		ClaimLabels.Labels labels = app.bean(ClaimLabels.class).of(stored, Locale.forLanguageTag("en"));
		String page = learner.get(stored.link()).body();

		assertThat(labels.status()).isEqualTo(ClaimLabels.Status.INTEGRITY_MISMATCH);
		assertThat(labels.label("birthdate").labelled()).isFalse();
		assertThat(page)
				.contains("data-status=\"INTEGRITY_MISMATCH\"")
				.contains("<code>birthdate</code>")
				.doesNotContain("Date of birth");
	}

	private static String path(String url) {
		return url.replaceAll("^https?://[^/]+", "");
	}

	private static Account me() {
		return app.bean(Accounts.class).byUsername("solo").orElseThrow();
	}

	private static HeldCredential held(String credentialPage) {
		long id = Long.parseLong(credentialPage.substring(credentialPage.lastIndexOf('/') + 1));
		return app.bean(WalletCredentials.class).of(me().id()).stream()
				.filter(h -> h.id() == id)
				.findFirst()
				.orElseThrow();
	}
}
