package org.consentlab.slides;

import java.util.Locale;
import org.consentlab.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The deck list, the audience view (one slide at a time, no notes) and the presenter view (notes,
 * next slide, timer). Every slide is rendered here on the server; the browser only chooses which
 * one is visible, so the pages work under the strict Content Security Policy and print without JS.
 */
@Controller
class SlidesController {

	private final DeckCatalogue catalogue;

	SlidesController(DeckCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@ModelAttribute("routes")
	SlideRoutes routes() {
		return SlideRoutes.INSTANCE;
	}

	@GetMapping(SlideRoutes.LIST)
	String list(Model model, Locale locale) {
		model.addAttribute("decks", catalogue.all(locale));
		return "slides/list";
	}

	@GetMapping(SlideRoutes.DECK)
	String deck(@PathVariable("deck") String id, Model model, Locale locale) {
		model.addAttribute("deck", find(id, locale));
		return "slides/deck";
	}

	@GetMapping(SlideRoutes.PRESENTER)
	String presenter(@PathVariable("deck") String id, Model model, Locale locale) {
		model.addAttribute("deck", find(id, locale));
		return "slides/presenter";
	}

	/** The deck in the reader's language, or the original where it has no translation. */
	private Deck find(String id, Locale locale) {
		return catalogue.find(id, locale).orElseThrow(() -> new NotFoundException("notfound.deck", id));
	}
}
