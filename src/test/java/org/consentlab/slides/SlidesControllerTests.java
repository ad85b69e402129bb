package org.consentlab.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The three slide pages as a browser gets them: content, notes where they belong, and the CSP kept. */
@SpringBootTest(properties = SlidesControllerTests.IN_MEMORY_DATABASE)
@AutoConfigureMockMvc
class SlidesControllerTests {

	/** Each test context gets its own in-memory database, so runs never share the ./data file. */
	static final String IN_MEMORY_DATABASE =
			"spring.datasource.url=jdbc:h2:mem:slides-${random.uuid};DB_CLOSE_DELAY=-1";

	private static final Pattern INLINE_SCRIPT =
			Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DeckCatalogue catalogue;

	@Test
	void listWhenSignedInThenEveryDeckWithTitleAndSlideCount() throws Exception {
		String page = page("/slides");

		assertThat(catalogue.all()).isNotEmpty();
		for (Deck deck : catalogue.all()) {
			assertThat(page)
					.contains(escaped(deck.title()))
					.contains("href=\"/slides/" + deck.id() + "\"")
					.contains("href=\"/slides/" + deck.id() + "/presenter\"")
					.contains(deck.size() + " slides");
		}
	}

	@Test
	void deckWhenOpenedThenOneSectionPerSlideAndNoNotes() throws Exception {
		for (Deck deck : catalogue.all()) {
			String page = page("/slides/" + deck.id());

			assertThat(count(page, "<section class=\"slide\"")).as(deck.id()).isEqualTo(deck.size());
			assertThat(page)
					.contains("id=\"slide-1\"")
					.contains("aria-live=\"polite\"")
					.contains("Slide 1 of " + deck.size())
					.contains("data-deck=\"" + deck.id() + "\"");
			for (Slide slide : deck.slides()) {
				assertThat(page).contains(slide.html());
				if (slide.hasNotes()) {
					assertThat(page)
							.as("notes leaked into the audience view of " + deck.id())
							.doesNotContain(slide.notesHtml());
				}
			}
		}
	}

	@Test
	void presenterWhenOpenedThenNotesNextSlideAndTimer() throws Exception {
		for (Deck deck : catalogue.all()) {
			String page = page("/slides/" + deck.id() + "/presenter");

			assertThat(page)
					.contains("role=\"timer\"")
					.contains("data-offset=\"1\"")
					.contains("Speaker notes");
			assertThat(count(page, "<section class=\"slide\"")).isEqualTo(2 * deck.size());
			for (Slide slide : deck.slides()) {
				if (slide.hasNotes()) {
					assertThat(page).contains(slide.notesHtml());
				}
			}
		}
	}

	@Test
	void deckWhenUnknownThenNotFoundWithMessage() throws Exception {
		for (String path : new String[] {"/slides/no-such-deck", "/slides/no-such-deck/presenter"}) {
			mvc.perform(get(path).with(user("learner")))
					.andExpect(status().isNotFound())
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
							.string(containsString("There is no slide deck called &quot;no-such-deck&quot;.")));
		}
	}

	@Test
	void slidePagesWhenRenderedThenStrictCspAndNoInlineScriptOrStyle() throws Exception {
		Deck deck = catalogue.all().get(0);
		for (String path : new String[] {"/slides", "/slides/" + deck.id(), "/slides/" + deck.id() + "/presenter"}) {
			String page = mvc.perform(get(path).with(user("learner")))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
					.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
					.andReturn()
					.getResponse()
					.getContentAsString();

			assertThat(INLINE_SCRIPT.matcher(page).find())
					.as("inline <script> on " + path)
					.isFalse();
			assertThat(STYLE_ATTRIBUTE.matcher(page).find())
					.as("style= attribute on " + path)
					.isFalse();
			assertThat(page).as("<style> element on " + path).doesNotContainIgnoringCase("<style");
		}
	}

	@Test
	void slideAssetsWhenRequestedThenServed() throws Exception {
		mvc.perform(get("/js/slides.js")).andExpect(status().isOk());
		mvc.perform(get("/css/slides.css"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(containsString("@media print")));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user("learner")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;")
				.replace("<", "&lt;")
				.replace(">", "&gt;")
				.replace("\"", "&quot;");
	}
}
