package org.consentlab.browser;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Registry world in a real browser: enrolment, a week of checks, the analyst's timeline, the 1:N charts; axe-core on each page. */
class RegistryBrowserTests {

	@Test
	void learnerWhenEnrollingAndLivingAWeekThenReadsTheAnalystTimelineAndTheCharts() {
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

			browser.go("/registry/identification?modality=IRIS&gallery=1000000");
			browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#threshold-chart .uplot")).size() == 1);
			browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#growth-chart .uplot")).size() == 1);
			browser.assertAccessible();
		}
	}
}
