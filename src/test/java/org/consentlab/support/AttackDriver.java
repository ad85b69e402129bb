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
 * Drives the inspector's attacks (lab L9) over HTTP as a learner does: pick a presentation, press a
 * tampering button, send the tampered token, read the verifier's answer on the attacks page.
 */
public final class AttackDriver {

	/** One attack as the attacks page lists it. */
	public record Attempt(long transactionId, String attack, String status, List<String> codes) {}

	private static final Pattern SOURCE = Pattern.compile("name=\"source\" id=\"source-(\\d+)\"");

	private static final Pattern TAMPERED =
			Pattern.compile("<textarea id=\"tampered\" name=\"token\"[^>]*>([^<]*)</textarea>");

	private static final Pattern ATTEMPT = Pattern.compile(
			"<li id=\"attack-(\\d+)\" data-attack=\"([a-z-]+)\" data-status=\"([A-Z]+)\">(.*?)</ul>\\s*</li>",
			Pattern.DOTALL);

	private static final Pattern CODE = Pattern.compile("<code class=\"error-code\">([A-Z_]+)</code>");

	private final WebClient client;

	public AttackDriver(WebClient client) {
		this.client = client;
	}

	/** The transaction ids of the learner's accepted presentations the attacks page offers, newest first. */
	public List<Long> sources() {
		List<Long> ids = new ArrayList<>();
		Matcher m = SOURCE.matcher(client.get("/inspector/attacks").body());
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	/** Presses a tampering button: the tampered page's form fields (verifier, tx, attack, token). */
	public Map<String, String> tamper(long source, String target, String attack) {
		client.get("/inspector/attacks");
		HttpResponse<String> page = client.post(
				"/inspector/attacks/tamper", "source", String.valueOf(source), "target", target, "attack", attack);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>(WalletDriver.hidden(page.body()));
		Matcher token = TAMPERED.matcher(page.body());
		assertThat(token.find()).as("tampered token on the page").isTrue();
		form.put("token", WalletDriver.unescape(token.group(1)));
		return form;
	}

	/** Sends a tampered presentation; returns the transaction id it was sent for. */
	public long send(Map<String, String> form) {
		List<String> fields = new ArrayList<>();
		form.forEach((name, value) -> {
			fields.add(name);
			fields.add(value);
		});
		HttpResponse<String> sent = client.post("/inspector/attacks", fields.toArray(String[]::new));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		return Long.parseLong(form.get("tx"));
	}

	/** Tampers and sends in one go; returns the verifier's answer as the attacks page shows it. */
	public Attempt attack(long source, String target, String attack) {
		long tx = send(tamper(source, target, attack));
		return attempts().stream()
				.filter(a -> a.transactionId() == tx)
				.findFirst()
				.orElseThrow();
	}

	public List<Attempt> attempts() {
		List<Attempt> attempts = new ArrayList<>();
		Matcher m = ATTEMPT.matcher(client.get("/inspector/attacks").body());
		while (m.find()) {
			List<String> codes = new ArrayList<>();
			Matcher code = CODE.matcher(m.group(4));
			while (code.find()) {
				codes.add(code.group(1));
			}
			attempts.add(new Attempt(Long.parseLong(m.group(1)), m.group(2), m.group(3), codes));
		}
		return attempts;
	}

	private static final Pattern TRUST_STATUS = Pattern.compile("id=\"trust-status\" data-status=\"([A-Z]+)\"");

	/**
	 * Presses a move on the request (lab L13) against {@code target}: the hidden fields of the form
	 * that opens the tampered request in the wallet.
	 */
	public Map<String, String> tamperRequest(String target, String move) {
		client.get("/inspector/attacks");
		HttpResponse<String> page = client.post("/inspector/attacks/trust", "target", target, "move", move);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return WalletDriver.hidden(page.body());
	}

	/** Opens a tampered request in the learner's own wallet, as the page's button does. */
	public HttpResponse<String> openInWallet(Map<String, String> form) {
		List<String> fields = new ArrayList<>();
		form.forEach((name, value) -> {
			fields.add(name);
			fields.add(value);
		});
		return client.post("/wallet/requests", fields.toArray(String[]::new));
	}

	/** Presses a move on the answer (lab L13) with one of the learner's presentations; the result page. */
	public HttpResponse<String> tamperAnswer(long source, String target, String move) {
		client.get("/inspector/attacks");
		HttpResponse<String> sent = client.post(
				"/inspector/attacks/trust", "target", target, "move", move, "source", String.valueOf(source));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		return client.get(sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""));
	}

	/** The verifier's status on a move's result page, and the codes it logged. */
	public static Attempt trustResult(HttpResponse<String> page) {
		Matcher status = TRUST_STATUS.matcher(page.body());
		assertThat(status.find()).as(page.body()).isTrue();
		List<String> codes = new ArrayList<>();
		Matcher code = CODE.matcher(page.body());
		while (code.find()) {
			codes.add(code.group(1));
		}
		return new Attempt(-1, "", status.group(1), codes);
	}
}
