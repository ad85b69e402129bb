package org.consentlab.wallet;

import java.io.IOException;
import java.util.function.Function;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.web.Loopback;

/**
 * One protocol conversation of the wallet: each request and response is a complete protocol message
 * (method, URL, content type, body; status and answer), served by the issuer's or verifier's own
 * endpoint handlers ({@link Loopback}) and
 * written to a trace the learner can read afterwards; each answer is read with the protocol layer's
 * message types. Not thread-safe; one per exchange.
 */
final class ProtocolClient {

	private static final int MAX_TRACE = 60_000;

	private final Loopback loopback;

	private final StringBuilder trace = new StringBuilder();

	ProtocolClient(Loopback loopback) {
		this.loopback = loopback;
	}

	<T> T get(String url, Function<String, T> parse) {
		note("GET " + url, "");
		return read(call(() -> loopback.get(url)), parse);
	}

	<T> T postForm(String url, String form, Function<String, T> parse) {
		note("POST " + url + "  (application/x-www-form-urlencoded)", form);
		return read(call(() -> loopback.post(url, "application/x-www-form-urlencoded", form, null)), parse);
	}

	<T> T postJson(String url, String body, String bearer, Function<String, T> parse) {
		note("POST " + url + "  (application/json, Authorization: Bearer …)", body);
		return read(call(() -> loopback.post(url, "application/json", body, bearer)), parse);
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
				trace.append("← ")
						.append(response.status())
						.append('\n')
						.append(response.body())
						.append("\n\n");
			}
			return response;
		} catch (IOException ex) {
			throw failure("wallet.error.unreachable", "network");
		}
	}

	/** A refusal names its OAuth error code (RFC 6749 §5.2); a success is read as the message it should be. */
	private <T> T read(Loopback.Response response, Function<String, T> parse) {
		if (response.status() / 100 != 2) {
			String error;
			try {
				error = JsonMembers.parse(response.body(), 16 * 1024, 2, OAuthError.INVALID_REQUEST, "error response")
						.optionalString(OAuthError.ERROR)
						.orElse(String.valueOf(response.status()));
			} catch (MalformedMessageException ex) {
				throw failure("wallet.error.not-json", String.valueOf(response.status()));
			}
			throw failure("wallet.error.refused", error);
		}
		try {
			return parse.apply(response.body());
		} catch (MalformedMessageException ex) {
			throw failure("wallet.error.missing", ex.member());
		}
	}
}
