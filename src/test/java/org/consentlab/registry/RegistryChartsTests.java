package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.dna.DnaDatabase;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Registry's server-drawn pictures over real HTTP: the L2 week (one mark per logged query, on
 * the learner's week page and in the analyst's view) and the L4 family trees (the sample's donor
 * highlighted as found though never enrolled); each an accessible image next to its table.
 */
class RegistryChartsTests {

	private static final Pattern MARK = Pattern.compile("<circle [^>]*class=\"mark ");

	private static RunningApp app;

	private static WebClient learner;

	private static Account solo;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		solo = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		learner.get("/registry/week");
		learner.post("/registry/week");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void weekWhenLivedThenChartHasOneMarkPerLoggedQuery() {
		RegistryWorld world = app.bean(RegistryWorld.class);
		int logged = app.bean(QueryLog.class)
				.about(solo.id(), world.subjectOf(solo).personId())
				.size();
		String page = learner.get("/registry/week").body();
		assertThat(page)
				.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"week-chart\"")
				.contains("role=\"img\" aria-labelledby=\"week-chart-title week-chart-desc\"")
				.contains("<title id=\"week-chart-title\">")
				.contains("class=\"legend week-legend\"")
				.doesNotContain("style=");
		assertThat(count(MARK, page)).isEqualTo(logged);
		assertThat(page).contains(logged + " logged queries");
	}

	@Test
	void analystWhenTargetLoggedThenChartOfTheirWeekBesideTheTable() {
		RegistryWorld world = app.bean(RegistryWorld.class);
		int logged =
				app.bean(QueryLog.class).about(solo.id(), world.targetOf(solo)).size();
		String page = learner.get("/registry/analyst").body();
		assertThat(page)
				.contains("aria-labelledby=\"analyst-chart-title analyst-chart-desc\"")
				.contains("<table class=\"log\"");
		assertThat(count(MARK, page)).isEqualTo(logged);
	}

	@Test
	void dnaWhenSearchedThenDonorIsDrawnFoundThroughEnrolledRelatives() {
		DnaDatabase dna = app.bean(DnaDatabase.class);
		int donor = dna.sampleOf(solo.seed());
		String donorName =
				app.bean(RegistryWorld.class).population().person(donor).fullName();
		String before = learner.get("/registry/dna").body();
		assertThat(before)
				.contains("aria-labelledby=\"own-family-title own-family-desc\"")
				.doesNotContain("sample-family-title");
		String page = learner.get("/registry/dna?search=1").body();
		int svgStart = page.indexOf("aria-labelledby=\"sample-family-title");
		String graph = page.substring(svgStart, page.indexOf("</svg>", svgStart));
		assertThat(graph)
				.contains("<g class=\"node centre found\">")
				.contains(Svg.escape(Svg.cut(donorName, 22)))
				.contains("<g class=\"node lead\">");
		assertThat(page).contains("<table class=\"leads\"");
		assertThat(before.split("class=\"legend family-legend\"", -1))
				.as("one legend per family tree")
				.hasSize(2);
		assertThat(page.split("class=\"legend family-legend\"", -1))
				.as("one legend per family tree")
				.hasSize(3);
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
