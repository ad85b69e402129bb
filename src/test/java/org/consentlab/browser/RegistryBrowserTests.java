package org.consentlab.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.support.Browser;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Registry world in a real browser: enrolment, a week of checks, the analyst's timeline, the 1:N
 * charts and a scan; axe-core on each page. Both tests share one app: the scan reads the gallery,
 * which enrolment and the week leave as it is.
 */
class RegistryBrowserTests {

	private static RunningApp app;

	private static Browser browser;

	@BeforeAll
	static void open() {
		Browser.requireChromium();
		app = RunningApp.solo();
		browser = Browser.open(app);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void learnerWhenEnrollingAndLivingAWeekThenReadsTheAnalystTimelineAndTheCharts() {
		browser.go("/registry/enrol");
		browser.assertAccessible();
		browser.clickAndWaitForNewPage("main form button");
		assertThat(browser.text("h1")).startsWith("The profile of");
		assertThat(browser.count("ul.held li")).isPositive();
		browser.assertAccessible();

		browser.go("/registry/week");
		browser.clickAndWaitForNewPage("main form button");
		assertThat(browser.text("h1")).isEqualTo("The query log");
		assertThat(browser.count("table.log tbody tr")).isPositive();
		browser.assertAccessible();

		browser.go("/registry/week");
		assertThat(browser.count("svg.week-chart circle.mark")).isPositive();
		browser.assertAccessible();

		browser.go("/registry/analyst");
		assertThat(browser.text(".assignment")).startsWith("Your assignment");
		assertThat(browser.count("ol.days ul li")).isPositive();
		assertThat(browser.count("svg.week-chart circle.mark")).isPositive();
		browser.assertAccessible();

		browser.go("/registry/dna?search=1");
		assertThat(browser.count("svg.family-graph g.node.centre.found")).isPositive();
		browser.assertAccessible();

		browser.go("/registry/identification?modality=IRIS&gallery=1000000");
		browser.until("the threshold chart to be drawn", d -> browser.count("#threshold-chart .uplot") == 1);
		browser.until("the growth chart to be drawn", d -> browser.count("#growth-chart .uplot") == 1);
		browser.assertAccessible();
	}

	@Test
	void learnerWhenScanningTenThousandThenProgressReaches100AndCandidatesShow() {
		browser.go("/registry/identification");
		new Select(browser.find("#scan-modality")).selectByValue("IRIS");
		new Select(browser.find("#scan-gallery")).selectByValue("10000");
		WebElement threshold = browser.find("#scan-threshold");
		threshold.clear();
		threshold.sendKeys("0.32");
		browser.clickAndWaitForNewPage("#scan form button[type=submit]");
		browser.until("the scan's results", d -> browser.count("#scan-results") > 0);
		assertThat(browser.attribute("#scan-progress", "value")).isEqualTo("100");
		assertThat(browser.text("#scan-label")).contains("10,000");
		assertThat(browser.count("table.scan-hits tr.self")).isEqualTo(1);
		browser.assertAccessible();
	}
}
