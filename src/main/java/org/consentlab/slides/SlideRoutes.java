package org.consentlab.slides;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The slide pages' paths, named once: the controller maps these constants and the templates build
 * their links with this object (model attribute {@code routes}), so a path never drifts apart.
 */
public final class SlideRoutes {

	public static final String LIST = "/slides";

	public static final String DECK = LIST + "/{deck}";

	public static final String PRESENTER = DECK + "/presenter";

	static final SlideRoutes INSTANCE = new SlideRoutes();

	private SlideRoutes() {}

	public String list() {
		return LIST;
	}

	public String deck(String id) {
		return expand(DECK, id);
	}

	public String presenter(String id) {
		return expand(PRESENTER, id);
	}

	private static String expand(String template, String id) {
		return UriComponentsBuilder.fromPath(template)
				.buildAndExpand(id)
				.encode()
				.toUriString();
	}
}
