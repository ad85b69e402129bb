package org.consentlab.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The app's calls to itself: the in-app wallet and verifiers talking to the in-app issuers and
 * verifiers, and the inspector's attacks. Each call is a complete protocol message — method, URL,
 * content type, body, status and answer, as the wallet's trace shows them — served in the calling
 * thread by the very handlers that serve an outside wallet's HTTP request ({@link ProtocolRouter}).
 * Over HTTP a self-call held the caller's request thread while a second one served it, so a burst
 * of inspector posts could take every thread and stall other learners; in the calling thread it
 * costs what any page costs. Only this app's protocol endpoints can be reached, whatever host a URL
 * names: the wallet cannot be turned into a tool for reaching other machines or other pages.
 *
 * <p>A call runs outside the caller's transaction and without the caller's sign-in, as a request
 * from another machine would: an endpoint knows only what the message tells it.
 */
@Component
public class Loopback {

	/** The largest response body read; larger ones fail. */
	public static final int MAX_RESPONSE_BYTES = 256 * 1024;

	private final String configuredPublicUrl;

	private final long maxRequestBytes;

	private final ObjectProvider<ProtocolRoutes> endpoints;

	private volatile ProtocolRouter router;

	private final LongAdder calls = new LongAdder();

	private volatile int port;

	Loopback(
			@Value("${consentlab.public-url:}") String configuredPublicUrl,
			WebProperties limits,
			ObjectProvider<ProtocolRoutes> endpoints) {
		this.configuredPublicUrl = configuredPublicUrl.endsWith("/")
				? configuredPublicUrl.substring(0, configuredPublicUrl.length() - 1)
				: configuredPublicUrl;
		this.maxRequestBytes = limits.maxRequestBytes();
		this.endpoints = endpoints;
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
		return send(HttpMethod.GET, url, null, null, null);
	}

	/** POSTs a body of the given content type; {@code bearer} adds an Authorization header when not null. */
	public Response post(String url, String contentType, String body, String bearer) throws IOException {
		return send(HttpMethod.POST, url, contentType, body, bearer);
	}

	private Response send(HttpMethod method, String url, String contentType, String body, String bearer)
			throws IOException {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a protocol call must not run inside the caller's transaction");
		}
		Target target = target(url);
		calls.increment();
		SecurityContext caller = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		ResponseEntity<String> response;
		try {
			response = router().dispatch(method, target.path(), target.query(), contentType, body, bearer);
		} finally {
			SecurityContextHolder.setContext(caller);
		}
		String text = response.getBody() == null ? "" : response.getBody();
		if (text.length() > MAX_RESPONSE_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_RESPONSE_BYTES) {
			throw new IOException("response larger than " + MAX_RESPONSE_BYTES + " bytes");
		}
		return new Response(response.getStatusCode().value(), text);
	}

	/** The calls made since start (for tests and the operator). */
	public long calls() {
		return calls.sum();
	}

	/** Every endpoint's routes, gathered on first use (the endpoints themselves need this class). */
	private ProtocolRouter router() {
		ProtocolRouter built = router;
		if (built == null) {
			built = new ProtocolRouter(maxRequestBytes);
			for (ProtocolRoutes each : endpoints.orderedStream().toList()) {
				each.register(built);
			}
			router = built;
		}
		return built;
	}

	/**
	 * Whether an HTTP request of {@code method} to {@code path} is a protocol message (a wallet's
	 * answer, a token or credential request, metadata, a status list) rather than a page.
	 */
	public boolean isProtocolMessage(String method, String path) {
		return router().serves(HttpMethod.valueOf(method), path);
	}

	/** The routes this app serves to its own calls, as {@code METHOD pattern [content type]}. */
	public List<String> routes() {
		return router().describe();
	}

	/** The raw path and query a call names. */
	record Target(String path, String query) {}

	/**
	 * The path and query of {@code url}, whatever its host: a self-call can reach only this app.
	 * Refuses what has no absolute path, such as {@code mailto:} or a relative {@code @evil.example/x}.
	 */
	static Target target(String url) throws IOException {
		URI uri;
		try {
			uri = URI.create(url);
		} catch (IllegalArgumentException | NullPointerException ex) {
			throw new IOException("not a URL", ex);
		}
		if (uri.isOpaque()) {
			throw new IOException("not a hierarchical URL");
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (!path.startsWith("/")) {
			throw new IOException("a call to this app needs an absolute path");
		}
		return new Target(path, uri.getRawQuery());
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
