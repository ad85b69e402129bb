package org.consentlab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch on every page: a form post (CSRF-protected like every other) that remembers
 * the choice in a cookie and returns to the page it came from. Open to visitors who have not signed
 * in, so the sign-in page can be read in the learner's language too.
 */
@Controller
class LanguageController {

	static final String PATH = "/language";

	/** A path on this site: one slash, then no second slash or backslash that would lead elsewhere. */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

	private final LocaleResolver resolver;

	LanguageController(LocaleResolver resolver) {
		this.resolver = resolver;
	}

	@PostMapping(PATH)
	String choose(
			@RequestParam(name = "lang", defaultValue = "") String tag,
			@RequestParam(name = "back", defaultValue = "/") String back,
			HttpServletRequest request,
			HttpServletResponse response) {
		var language = Languages.of(tag).orElseThrow(() -> new BadInputException("lang", "error.language"));
		resolver.setLocale(request, response, language);
		return "redirect:" + (back.length() <= 2001 && isLocalPath(back) ? back : "/");
	}

	/** Whether {@code path} names a page of this site, so that a link built from it cannot lead elsewhere. */
	static boolean isLocalPath(String path) {
		return LOCAL_PATH.matcher(path).matches();
	}
}
