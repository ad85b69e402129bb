package org.consentlab.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the Wallet world over HTTP as a learner does with a browser: follow the issuer's offer link,
 * accept it, start a verifier's request, answer the consent screen. Every value is read from pages.
 */
public final class WalletDriver {

	private static final Pattern HIDDEN =
			Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	private static final Pattern LANGUAGE_SWITCH =
			Pattern.compile("<form[^>]*class=\"inline language\".*?</form>", Pattern.DOTALL);

	private static final Pattern OPTIONAL =
			Pattern.compile("<input type=\"checkbox\" name=\"share\"[^>]*value=\"([^\"]+)\"");

	private final WebClient client;

	public WalletDriver(WebClient client) {
		this.client = client;
	}

	/** Receives a personal ID through the issuer's offer; returns the path of the credential's page. */
	public String receivePid() {
		return receive("/issuers/pid", "offer-link");
	}

	/** Receives the migration service's work permit (the employer asks for it). */
	public String receiveWorkPermit() {
		return receive("/issuers/migration", "offer-link-work_permit_sd_jwt");
	}

	/** The credential offer (JSON) behind the link with id {@code linkId} on the issuer's page, as the offer page's form holds it. */
	public String offer(String issuerPage, String linkId) {
		return hidden(offerPage(issuerPage, linkId)).get("credential_offer");
	}

	/** Receives through the offer link with id {@code linkId} on the issuer's page; returns the credential's page path. */
	public String receive(String issuerPage, String linkId) {
		Map<String, String> form = hidden(offerPage(issuerPage, linkId));
		HttpResponse<String> accepted = client.post(
				"/wallet/offers",
				"credential_offer",
				form.get("credential_offer"),
				"batch",
				form.getOrDefault("batch", "1"));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		return location.replaceAll("^https?://[^/]+", "").replace("?received", "");
	}

	private String offerPage(String issuerPage, String linkId) {
		return client.get(href(client.get(issuerPage).body(), linkId)).body();
	}

	/** Starts a request at a verifier and opens it in the wallet: the consent screen's HTML. */
	public String openRequest(String verifierId) {
		client.get("/verifiers/" + verifierId);
		HttpResponse<String> started = client.post("/verifiers/" + verifierId + "/transactions");
		assertThat(started.statusCode()).isEqualTo(302);
		String txPage = client.get(
						started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
				.body();
		assertThat(txPage).as("the transaction page of %s", verifierId).contains("id=\"request-link\"");
		return client.get(href(txPage, "request-link")).body();
	}

	/** Answers a consent screen: {@code share} or {@code decline}, with the optional claim ids to keep. */
	public HttpResponse<String> answer(String consentPage, String decision, String... keepOptional) {
		List<String> fields = new ArrayList<>();
		hidden(consentPage).forEach((name, value) -> {
			fields.add(name);
			fields.add(value);
		});
		fields.add("decision");
		fields.add(decision);
		for (String id : keepOptional) {
			fields.add("share");
			fields.add(id);
		}
		return client.post("/wallet/requests", fields.toArray(String[]::new));
	}

	/** The optional claim ids the consent screen offers (ticked by default). */
	public static List<String> optionalClaims(String consentPage) {
		List<String> ids = new ArrayList<>();
		Matcher m = OPTIONAL.matcher(consentPage);
		while (m.find()) {
			ids.add(unescape(m.group(1)));
		}
		return ids;
	}

	public static Map<String, String> hidden(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		// every page's language switch has its own hidden field; it belongs to no wallet form
		Matcher m = HIDDEN.matcher(LANGUAGE_SWITCH.matcher(page).replaceAll(""));
		while (m.find()) {
			if (!m.group(1).equals("_csrf")) {
				fields.put(m.group(1), unescape(m.group(2)));
			}
		}
		return fields;
	}

	public static String href(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
		if (!m.find()) {
			m = Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"" + id + "\"").matcher(page);
			assertThat(m.find()).as("link #%s in %s", id, page).isTrue();
		}
		return unescape(m.group(1));
	}

	public static String unescape(String html) {
		return html.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
	}
}
