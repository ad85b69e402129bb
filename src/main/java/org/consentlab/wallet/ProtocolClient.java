package org.consentlab.wallet;

import java.io.IOException;
import java.util.Map;

import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.consentlab.web.Loopback;

/**
 * One protocol conversation of the wallet: each request and response goes over real HTTP and is
 * written to a trace the learner can read afterwards. Not thread-safe; one per exchange.
 */
final class ProtocolClient {

	private static final int MAX_TRACE = 60_000;

	private final Loopback loopback;

	private final StringBuilder trace = new StringBuilder();

	ProtocolClient(Loopback loopback) {
		this.loopback = loopback;
	}

	Map<String, Object> getJson(String url) {
		note("GET " + url, "");
		return json(call(() -> loopback.get(url)));
	}

	Map<String, Object> postForm(String url, String form) {
		note("POST " + url + "  (application/x-www-form-urlencoded)", form);
		return json(call(() -> loopback.post(url, "application/x-www-form-urlencoded", form, null)));
	}

	Map<String, Object> postJson(String url, String body, String bearer) {
		note("POST " + url + "  (application/json, Authorization: Bearer …)", body);
		return json(call(() -> loopback.post(url, "application/json", body, bearer)));
	}

	/** Notes a step that is not an HTTP call (e.g. "signed a key proof"). */
	void note(String heading, String body) {
		if (trace.length() < MAX_TRACE) {
			trace.append("→ ").append(heading).append('\n');
			if (!body.isEmpty()) {
				trace.append(body).append('\n');
			}
			trace.append('\n');
		}
	}

	String trace() {
		return trace.length() > MAX_TRACE ? trace.substring(0, MAX_TRACE) : trace.toString();
	}

	WalletException failure(String messageKey, String detail) {
		return new WalletException(messageKey, detail, trace());
	}

	private interface Call {

		Loopback.Response run() throws IOException;

	}

	private Loopback.Response call(Call call) {
		try {
			Loopback.Response response = call.run();
			if (trace.length() < MAX_TRACE) {
				trace.append("← ").append(response.status()).append('\n').append(response.body()).append("\n\n");
			}
			return response;
		}
		catch (IOException ex) {
			throw failure("wallet.error.unreachable", "network");
		}
	}

	private Map<String, Object> json(Loopback.Response response) {
		Map<String, Object> body;
		try {
			body = Json.parseObject(response.body(), 16, VerificationErrorCode.MALFORMED_SD_JWT);
		}
		catch (MalformedCredentialException ex) {
			throw failure("wallet.error.not-json", String.valueOf(response.status()));
		}
		if (response.status() / 100 != 2) {
			throw failure("wallet.error.refused", String.valueOf(body.getOrDefault("error", response.status())));
		}
		return body;
	}

	/** The string at {@code name}, or a failure naming it. */
	String string(Map<String, Object> json, String name) {
		Object value = json.get(name);
		if (!(value instanceof String) || ((String) value).isEmpty()) {
			throw failure("wallet.error.missing", name);
		}
		return (String) value;
	}
}
