package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Every link a page renders to one of its own files names a file the resource URL provider can find,
 * so the lookup is cached after the first render instead of searching the classpath on every one.
 */
class StaticFilesTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void linkToAStaticFileWhenRenderedThenTheProviderFindsTheFileItNames() throws Exception {
		ResourceUrlProvider provider = app.bean(ResourceUrlProvider.class);
		List<String> links = staticLinks();

		assertThat(links).contains("/css/consentlab.css", "/js/qr.js", "/images/favicon.svg");
		for (String link : links) {
			assertThat(provider.getForLookupPath(link)).as(link).isEqualTo(link);
		}
	}

	@Test
	void webjarLinkWhenRenderedThenItCarriesTheVersionAndIsServedWithACacheLifetime() {
		String link = app.bean(ResourceUrlProvider.class).getForLookupPath("/webjars/htmx.org/dist/htmx.min.js");

		assertThat(link).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
		HttpResponse<String> served = new WebClient(app).get(link);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
	}

	@Test
	void staticFileWhenServedThenItHasACacheLifetimeAndPagesLinkToIt() {
		WebClient client = new WebClient(app);

		HttpResponse<String> css = client.get("/css/consentlab.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
		assertThat(client.get("/labs").body()).contains("href=\"/css/consentlab.css\"");
		assertThat(client.get("/consentlab.css").statusCode()).isEqualTo(404);
	}

	/** The pages' own files: everything under {@code static/css}, {@code static/js} and {@code static/images}. */
	private static List<String> staticLinks() throws Exception {
		List<String> links = new ArrayList<>();
		for (String folder : StaticFiles.FOLDERS) {
			String root = "static/" + folder + "/";
			for (Resource file :
					new PathMatchingResourcePatternResolver().getResources("classpath:/" + root + "**/*.*")) {
				String url = file.getURL().toString();
				links.add("/" + folder + "/" + url.substring(url.lastIndexOf(root) + root.length()));
			}
		}
		return links;
	}
}
