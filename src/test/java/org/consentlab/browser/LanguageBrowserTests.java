package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * A learner switches the app to Russian with the switch in the page header and passes L0 in
 * Russian, every page accessible (axe-core): the switch is a form like any other, the choice holds
 * from page to page, and the lab's checks do not depend on the language of the page.
 */
class LanguageBrowserTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Test
	void learnerWhenSwitchingToRussianThenPassesL0InRussian() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo();
				Browser browser = Browser.open(app)) {
			browser.go("/labs");
			assertThat(browser.attribute("html", "lang")).isEqualTo("en");
			browser.clickAndWaitForNewPage("form.language button[lang='ru']");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ru");
			assertThat(browser.attribute("form.language button[lang='ru']", "aria-pressed"))
					.isEqualTo("true");
			String heading = browser.text("h1");
			browser.assertAccessible();

			browser.clickAndWaitForNewPage("#lab-L0");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ru");
			browser.assertAccessible();
			LabPage lab = new LabPage(browser);
			String fingerprints = app.bean(MessageSource.class).getMessage("category.FINGERPRINTS", null, RUSSIAN);

			lab.answer("L0.both-worlds", null);
			assertThat(lab.passed("L0.both-worlds")).isFalse();
			int parties = lab.fingerprintParties(fingerprints);
			int claims = lab.idClaims();
			assertThat(parties).isPositive();
			browser.go("/labs/L0");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ru");
			lab.answer("L0.both-worlds", null);
			assertThat(lab.passed("L0.both-worlds")).isTrue();

			lab.answer("L0.fingerprint-parties", String.valueOf(parties));
			assertThat(lab.passed("L0.fingerprint-parties")).isTrue();
			lab.answer("L0.hidden-claims", String.valueOf(claims - 1));
			assertThat(lab.passed("L0.hidden-claims")).isTrue();

			lab.answer(
					"L0.reflection",
					"Реестр сначала показался мне привычнее, потому что проверку паспорта на границе я видел уже"
							+ " много раз в жизни.");
			assertThat(lab.passed("L0.reflection")).isTrue();
			String feedback = browser.text("[id='L0.reflection'] .feedback");
			browser.assertAccessible();

			// Last, so that until the Russian bundles exist the run above still proves the switch and the lab.
			assertThat(heading).as("the lab list's heading in Russian").matches(".*\\p{IsCyrillic}.*");
			assertThat(feedback).as("feedback in Russian").matches("(?s).*\\p{IsCyrillic}.*");
		}
	}
}
