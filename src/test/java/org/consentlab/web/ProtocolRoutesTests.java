package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The app's own calls reach the same endpoints as an outside wallet's HTTP requests: every HTTP
 * mapping of a protocol endpoint has its in-process route, and both answer a request alike.
 */
class ProtocolRoutesTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static RunningApp app;

	private static Loopback loopback;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
		loopback = app.bean(Loopback.class);
	}

	@Test
	void routesWhenComparedWithTheHttpMappingsOfProtocolEndpointsThenTheSame() {
		List<String> mappings = new ArrayList<>();
		RequestMappingHandlerMapping mvc =
				app.beansOfType(RequestMappingHandlerMapping.class).get("requestMappingHandlerMapping");
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
				mvc.getHandlerMethods().entrySet()) {
			if (!AnnotatedElementUtils.hasAnnotation(entry.getValue().getBeanType(), ProtocolEndpoint.class)) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					var consumes = info.getConsumesCondition().getConsumableMediaTypes();
					mappings.add(method + " " + pattern
							+ (consumes.isEmpty()
									? ""
									: " " + consumes.iterator().next()));
				}
			}
		}

		assertThat(mappings).hasSizeGreaterThanOrEqualTo(12);
		assertThat(loopback.routes()).containsExactlyInAnyOrderElementsOf(mappings);
	}

	@Test
	void callWhenMadeInProcessThenAnswersAsTheSameRequestOverHttp() throws Exception {
		String metadata = loopback.publicUrl("/.well-known/openid-credential-issuer/issuers/pid");
		assertSame(loopback.get(metadata), http("GET", metadata, null, null));

		String token = loopback.publicUrl("/issuers/pid/token");
		String form =
				"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code&pre-authorized_code=nope";
		assertSame(
				loopback.post(token, MediaType.APPLICATION_FORM_URLENCODED_VALUE, form, null),
				http("POST", token, MediaType.APPLICATION_FORM_URLENCODED_VALUE, form));

		String credential = loopback.publicUrl("/issuers/pid/credential");
		assertSame(
				loopback.post(credential, MediaType.APPLICATION_JSON_VALUE, "{}", null),
				http("POST", credential, MediaType.APPLICATION_JSON_VALUE, "{}"));

		String unknown = loopback.publicUrl("/issuers/nobody/status");
		assertSame(loopback.get(unknown), http("GET", unknown, null, null));
	}

	private static void assertSame(Loopback.Response inProcess, HttpResponse<String> overHttp) {
		assertThat(inProcess.status()).as(inProcess.body()).isEqualTo(overHttp.statusCode());
		assertThat(inProcess.body()).isEqualTo(overHttp.body());
	}

	private static HttpResponse<String> http(String method, String url, String contentType, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.method(
						method,
						body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
