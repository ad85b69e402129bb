package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The language of a page: chosen on the switch (a cookie, before sign-in too), else the browser's
 * Accept-Language, else English; only languages the course is written in, and the switch returns
 * only to pages of this site.
 */
@SpringBootTest(
		properties = {
			"spring.datasource.url=jdbc:h2:mem:language-${random.uuid};DB_CLOSE_DELAY=-1",
			"consentlab.mode=classroom"
		})
@AutoConfigureMockMvc
class LanguageSwitchTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void pageWhenBrowserAsksForALanguageThenTheBestTheCourseHas() throws Exception {
		assertThat(lang(get("/login"))).isEqualTo("en");
		assertThat(lang(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.8")))
				.isEqualTo("ru");
		assertThat(lang(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9, ru;q=0.5")))
				.as("French is not offered, Russian is")
				.isEqualTo("ru");
		assertThat(lang(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "de")))
				.isEqualTo("en");
		assertThat(lang(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, ";;;q=x,")))
				.isEqualTo("en");
	}

	@Test
	void switchWhenVisitorNotSignedInThenCookieChosenOverTheBrowser() throws Exception {
		var response = mvc.perform(post("/language")
						.param("lang", "ru")
						.param("back", "/login?out")
						.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login?out"))
				.andReturn()
				.getResponse();
		String cookie = response.getHeader(HttpHeaders.SET_COOKIE);
		assertThat(cookie).startsWith("lang=ru;").contains("HttpOnly").contains("SameSite=Lax");

		assertThat(lang(get("/login").cookie(new Cookie("lang", "ru")).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
				.isEqualTo("ru");
		assertThat(lang(get("/login").cookie(new Cookie("lang", "xx")).header(HttpHeaders.ACCEPT_LANGUAGE, "ru")))
				.as("a cookie naming no language of the course is ignored")
				.isEqualTo("ru");
	}

	@Test
	void switchWhenShownThenEveryLanguageByItsOwnNameWithTheCurrentPressed() throws Exception {
		String page = html(get("/login").cookie(new Cookie("lang", "ru"))).replaceAll("\\s+", " ");

		assertThat(page)
				.contains("action=\"/language\"")
				.contains("name=\"_csrf\"")
				.contains("lang=\"en\" aria-pressed=\"false\">English</button>")
				.contains("lang=\"ru\" aria-pressed=\"true\">Русский</button>")
				.contains("<input type=\"hidden\" name=\"back\" value=\"/login\">");
	}

	@Test
	void switchWhenNoCsrfTokenThenRefused() throws Exception {
		mvc.perform(post("/language").param("lang", "ru")).andExpect(status().isForbidden());
	}

	@Test
	void switchWhenLanguageUnknownThenBadRequest() throws Exception {
		mvc.perform(post("/language").param("lang", "xx").with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/language").with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void switchWhenBackLeadsElsewhereThenReturnsToTheStart() throws Exception {
		for (String back : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "labs", ""}) {
			mvc.perform(post("/language")
							.param("lang", "en")
							.param("back", back)
							.with(csrf()))
					.andExpect(status().isFound())
					.andExpect(redirectedUrl("/"));
		}
	}

	private String lang(MockHttpServletRequestBuilder request) throws Exception {
		String page = html(request);
		int at = page.indexOf("<html");
		String tag = page.substring(at, page.indexOf('>', at));
		return tag.replaceAll(".*\\blang=\"([^\"]*)\".*", "$1");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}
}
