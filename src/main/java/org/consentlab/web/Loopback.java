package org.consentlab.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Real HTTP calls from the in-app wallet and verifiers to the in-app issuers and verifiers, so that
 * every protocol message crosses the wire and a learner can inspect it. Whatever host a URL names,
 * the call goes to this app's own port on the loopback interface: the wallet cannot be turned into
 * a tool for reaching other machines. Responses are read up to a size limit.
 *
 * <p>A self-call holds the request thread that makes it while another request thread serves it, so
 * unbounded self-calls could take every thread and stall everyone (a burst of inspector posts did).
 * Calls therefore go through a bounded lane ({@link SelfCallProperties}): a few in flight, a few
 * waiting, the rest refused at once with "busy, try again" (503). A call made while serving another
 * self-call (a verifier fetching an issuer's keys while it answers the wallet) takes a second lane,
 * so outer calls holding every place can never wait on inner calls that need one.
 */
@Component
public class Loopback {

	/** The largest response body read; larger ones fail. */
	public static final int MAX_RESPONSE_BYTES = 256 * 1024;

	/** Marks a request as this instance's own call, with a secret made at start-up. */
	static final String SELF_CALL_HEADER = "ConsentLab-Self-Call";

	private static final String LOOPBACK = "127.0.0.1";

	private final HttpClient http;

	private final String configuredPublicUrl;

	private final SelfCallProperties limits;

	private final String secret;

	private final SelfCallLane outer;

	private final SelfCallLane inner;

	private final ThreadLocal<Boolean> servingSelfCall = ThreadLocal.withInitial(() -> false);

	private volatile int port;

	Loopback(@Value("${consentlab.public-url:}") String configuredPublicUrl, SelfCallProperties limits) {
		this.configuredPublicUrl = configuredPublicUrl.endsWith("/")
				? configuredPublicUrl.substring(0, configuredPublicUrl.length() - 1)
				: configuredPublicUrl;
		this.limits = limits;
		this.http = HttpClient.newBuilder()
				.connectTimeout(limits.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.outer = new SelfCallLane(limits.maxConcurrent(), limits.maxWaiting(), limits.waitTimeout());
		this.inner = new SelfCallLane(limits.maxConcurrent(), limits.maxWaiting(), limits.waitTimeout());
	}

	@EventListener
	void started(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * The absolute URL of {@code path} as issuers and verifiers name themselves in protocol messages
	 * (issuer identifiers, client ids): {@code consentlab.public-url} when a deployer sets it, else
	 * {@code http://localhost:<port>}. Identifiers must not change with the Host a request came in on.
	 */
	public String publicUrl(String path) {
		String base = configuredPublicUrl.isEmpty() ? "http://localhost:" + port : configuredPublicUrl;
		return base + path;
	}

	/**
	 * The path and query of {@code url} when it names this app at its public URL, else {@code url}
	 * unchanged: a link the browser follows then stays on the host it came in on (127.0.0.1 or a
	 * classroom's name), and with it the learner's session.
	 */
	public String onThisHost(String url) {
		String base = publicUrl("");
		return url != null && url.startsWith(base + "/") ? url.substring(base.length()) : url;
	}

	/** A response: status and body text. */
	public record Response(int status, String body) {}

	public Response get(String url) throws IOException {
		return send(HttpRequest.newBuilder(local(url)).GET());
	}

	/** POSTs a body of the given content type; {@code bearer} adds an Authorization header when not null. */
	public Response post(String url, String contentType, String body, String bearer) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(local(url))
				.header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request);
	}

	/** Self-calls in flight now from learners' requests (for tests and the operator). */
	public int callsInFlight() {
		return outer.inFlight(limits.maxConcurrent());
	}

	/** Whether {@code headerValue} is this instance's self-call mark. */
	boolean isSelfCall(String headerValue) {
		return headerValue != null
				&& MessageDigest.isEqual(
						secret.getBytes(StandardCharsets.US_ASCII), headerValue.getBytes(StandardCharsets.US_ASCII));
	}

	/** Runs {@code serve} marked as serving a self-call, so the calls it makes take the inner lane. */
	void servingSelfCall(Serving serve) throws IOException, jakarta.servlet.ServletException {
		servingSelfCall.set(true);
		try {
			serve.run();
		} finally {
			servingSelfCall.remove();
		}
	}

	/** A piece of request handling. */
	interface Serving {

		void run() throws IOException, jakarta.servlet.ServletException;
	}

	private Response send(HttpRequest.Builder request) throws IOException {
		request.timeout(limits.requestTimeout())
				.header("Accept", "application/json")
				.header(SELF_CALL_HEADER, secret);
		SelfCallLane lane = servingSelfCall.get() ? inner : outer;
		lane.acquire();
		try {
			HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
				if (bytes.length > MAX_RESPONSE_BYTES) {
					throw new IOException("response larger than " + MAX_RESPONSE_BYTES + " bytes");
				}
				return new Response(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
			}
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		} finally {
			lane.release();
		}
	}

	private URI local(String url) throws IOException {
		if (port == 0) {
			throw new IOException("the web server has not started");
		}
		URI uri;
		try {
			uri = URI.create(url);
		} catch (IllegalArgumentException ex) {
			throw new IOException("not a URL", ex);
		}
		return pin(uri, port);
	}

	/**
	 * The URL of {@code uri}'s path and query on 127.0.0.1:{@code port}, built from parts (not by
	 * joining strings: a relative {@code @evil.example/x} would otherwise become a userinfo and
	 * move the host). Refuses anything that does not end up on the loopback host.
	 */
	static URI pin(URI uri, int port) throws IOException {
		if (uri.isOpaque()) {
			throw new IOException("not a hierarchical URL");
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (!path.startsWith("/")) {
			throw new IOException("a loopback call needs an absolute path");
		}
		URI pinned = UriComponentsBuilder.newInstance()
				.scheme("http")
				.host(LOOPBACK)
				.port(port)
				.path(path)
				.query(uri.getRawQuery())
				.build(true)
				.toUri();
		if (!LOOPBACK.equals(pinned.getHost()) || pinned.getPort() != port || pinned.getRawUserInfo() != null) {
			throw new IOException("a loopback call must stay on " + LOOPBACK);
		}
		return pinned;
	}

	/**
	 * The URL of a well-known document for an identifier with a path: the well-known segment goes
	 * between the host and the path (RFC 8615, as OpenID4VCI 1.0 §12.2.2 and RFC 8414 §3 require).
	 */
	public static String wellKnown(String identifier, String segment) {
		URI uri = URI.create(identifier);
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		return uri.getScheme() + "://" + uri.getRawAuthority() + "/.well-known/" + segment + path;
	}
}
