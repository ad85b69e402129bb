package org.consentlab.browser;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

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

			browser.go("/registry/week");
			assertThat(browser.all("svg.week-chart circle.mark")).isNotEmpty();
			browser.assertAccessible();

			browser.go("/registry/analyst");
			assertThat(browser.find(".assignment").getText()).startsWith("Your assignment");
			assertThat(browser.all("ol.days ul li")).isNotEmpty();
			assertThat(browser.all("svg.week-chart circle.mark")).isNotEmpty();
			browser.assertAccessible();

			browser.go("/registry/dna?search=1");
			assertThat(browser.all("svg.family-graph g.node.centre.found")).isNotEmpty();
			browser.assertAccessible();

			browser.go("/registry/identification?modality=IRIS&gallery=1000000");
			browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#threshold-chart .uplot")).size() == 1);
			browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#growth-chart .uplot")).size() == 1);
			browser.assertAccessible();
		}
	}

	@Test
	void learnerWhenScanningTenThousandThenProgressReaches100AndCandidatesShow() {
		Browser.requireChromium();
		try (RunningApp app = RunningApp.solo(); Browser browser = Browser.open(app)) {
			browser.go("/registry/identification");
			new Select(browser.find("#scan-modality")).selectByValue("IRIS");
			new Select(browser.find("#scan-gallery")).selectByValue("10000");
			browser.find("#scan-threshold").clear();
			browser.find("#scan-threshold").sendKeys("0.32");
			browser.find("#scan form button[type=submit]").click();
			browser.waitFor().until(d -> !d.findElements(By.id("scan-results")).isEmpty());
			assertThat(browser.find("#scan-progress").getAttribute("value")).isEqualTo("100");
			assertThat(browser.find("#scan-label").getText()).contains("10,000");
			assertThat(browser.all("table.scan-hits tr.self")).hasSize(1);
			browser.assertAccessible();
		}
	}
}
