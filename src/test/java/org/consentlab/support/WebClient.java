package org.consentlab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser without the browser: real HTTP with a cookie jar, forms posted with the
 * CSRF token read from the page, redirects not followed (so tests see each status).
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final RunningApp app;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String csrf;

	public WebClient(RunningApp app) {
		this.app = app;
		this.http = HttpClient.newBuilder()
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response =
				send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page fetched (fetching the home page first if none). */
	public HttpResponse<String> post(String path, String... fields) {
		if (csrf == null) {
			get("/login");
		}
		// A name may repeat, as ticked checkboxes of one name do in a browser's form.
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		return postRaw(path, String.join("&", pairs));
	}

	public HttpResponse<String> postRaw(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
	}

	/** Signs in through the login form; returns the response to the login POST. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", "username", username, "password", password);
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Sends with this client's cookies and a body handler of the caller's choice (a stream that never ends). */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request, body);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public String csrf() {
		return csrf;
	}

	/** The value of this client's session cookie, to hand to another client. */
	public String session() {
		return cookies.getCookieStore().getCookies().stream()
				.filter(c -> c.getName().equals("SESSION"))
				.map(java.net.HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
	}

	public static String encode(Map<String, String> form) {
		return form.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}
}
