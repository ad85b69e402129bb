package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issuer and verifier pages name their QR codes instead of drawing them: the code is drawn when a
 * learner opens "show a code to scan", and a phone reads from it the same link the page offers.
 */
class QrPagesTests {

	private static final Pattern DATA_SRC = Pattern.compile("data-src=\"(/qr\\.png\\?path=[^\"]+)\"");

	private static RunningApp app;

	private static WebClient learner;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
		learner = new WebClient(app);
		learner.get("/labs");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void verifierTransactionWhenShownThenItsCodeIsDrawnOnlyOnRequestAndReadsAsTheWalletLink() throws Exception {
		learner.get("/verifiers/bar");
		String location = learner.post("/verifiers/bar/transactions")
				.headers()
				.firstValue("Location")
				.orElseThrow();
		String page = learner.get(location.replaceAll("^https?://[^/]+", "")).body();

		assertThat(page).doesNotContain("data:image");
		List<String> codes = codes(page);
		assertThat(codes).hasSize(1);
		assertThat(read(codes.get(0))).isEqualTo(app.url(href(page, "request-link")));
	}

	@Test
	void issuerPageWhenShownThenEachOfferHasACodeThatReadsAsItsLink() throws Exception {
		String page = learner.get("/issuers/pid").body();

		assertThat(page).doesNotContain("data:image");
		List<String> codes = codes(page);
		assertThat(codes).hasSizeGreaterThanOrEqualTo(2); // a single offer and a batch
		assertThat(read(codes.get(0))).isEqualTo(app.url(href(page, "offer-link")));
		assertThat(read(codes.get(1))).isEqualTo(app.url(href(page, "batch-offer-link")));
	}

	@Test
	void codeWhenThePathLeadsElsewhereOrIsTooLongThenBadRequestNamingWhy() {
		for (String elsewhere : List.of("//evil.example/wallet", "https://evil.example/", "/\\evil.example", "")) {
			HttpResponse<String> response = learner.get("/qr.png?path=" + encode(elsewhere));
			assertThat(response.statusCode()).as(elsewhere).isEqualTo(400);
			assertThat(response.body()).contains("a link to a page of this site");
		}
		HttpResponse<String> tooLong = learner.get("/qr.png?path=" + encode("/wallet?x=" + "a".repeat(3000)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("too long for a QR code").doesNotContain("Exception");
	}

	/** Fetches the image as the page's script would, and reads it as a phone's camera would. */
	private static String read(String src) throws Exception {
		HttpResponse<byte[]> image = learner.send(
				HttpRequest.newBuilder(URI.create(app.url(src.replace("&amp;", "&"))))
						.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
		return QrCodesTests.decode(image.body());
	}

	private static List<String> codes(String page) {
		return DATA_SRC.matcher(page).results().map(m -> m.group(1)).toList();
	}

	private static String href(String page, String id) {
		Matcher link =
				Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"").matcher(page);
		assertThat(link.find()).as("a link with id " + id).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	private static String encode(String path) {
		return URLEncoder.encode(path, StandardCharsets.UTF_8);
	}
}
