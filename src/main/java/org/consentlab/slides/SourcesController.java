package org.consentlab.slides;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the Sources & methods page that every lab, deck and computed figure links to. */
@Controller
class SourcesController {

	static final String PATH = "/sources";

	private final SourcesPage page;

	SourcesController(SourcesPage page) {
		this.page = page;
	}

	@GetMapping(PATH)
	String sources(Model model, Locale locale) {
		model.addAttribute("sources", page.html(locale));
		return "slides/sources";
	}
}
