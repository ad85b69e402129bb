package org.consentlab.slides;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** In classroom mode the decks are for signed-in people only, like every other page; the assets are not. */
@SpringBootTest(properties = {SlidesControllerTests.IN_MEMORY_DATABASE, "consentlab.mode=classroom"})
@AutoConfigureMockMvc
class SlidesSecurityTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void slidesWhenAnonymousThenSentToLogin() throws Exception {
		for (String path : new String[] {"/slides", "/slides/1-two-futures", "/slides/1-two-futures/presenter"}) {
			mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void slidesWhenSignedInThenShown() throws Exception {
		mvc.perform(get("/slides/1-two-futures").with(user("learner"))).andExpect(status().isOk());
	}

	@Test
	void slideAssetsWhenAnonymousThenServed() throws Exception {
		mvc.perform(get("/js/slides.js")).andExpect(status().isOk());
		mvc.perform(get("/css/slides.css")).andExpect(status().isOk());
	}
}
