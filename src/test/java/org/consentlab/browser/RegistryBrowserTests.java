package org.consentlab.browser;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Registry world in a real browser: enrolment, a week of checks, the analyst's timeline; axe-core on each page. */
class RegistryBrowserTests {

	@Test
	void learnerWhenEnrollingAndLivingAWeekThenReadsTheAnalystTimeline() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo(); Browser browser = Browser.open(app)) {
			browser.go("/registry/enrol");
			browser.assertAccessible();
			browser.find("main form button").click();
			assertThat(browser.find("h1").getText()).startsWith("The profile of");
			assertThat(browser.all("ul.held li")).isNotEmpty();
			browser.assertAccessible();

			browser.go("/registry/week");
			browser.assertAccessible();
			browser.find("main form button").click();
			assertThat(browser.find("h1").getText()).isEqualTo("The query log");
			assertThat(browser.all("table.log tbody tr")).isNotEmpty();
			browser.assertAccessible();

			browser.go("/registry/analyst");
			assertThat(browser.find(".assignment").getText()).startsWith("Your assignment");
			assertThat(browser.all("ol.days ul li")).isNotEmpty();
			browser.assertAccessible();
		}
	}
}
