package org.consentlab.registry.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A class searching at once on a server whose scan memory budget (40 MB here) holds the 100,000-iris
 * gallery or the 10,000-face one, not both: the galleries held never pass the budget, searches wait
 * in line and each learner sees their place, a cancel takes a search out of the line at once, every
 * search that waited still ends with its own result, and ended searches hold no memory. A gallery
 * bigger than the whole budget is refused with a 400 that says why.
 */
class ScanLineTests {

	private static final long BUDGET = 40L * 1024 * 1024;

	private static final int LEARNERS = 8;

	private static final Pattern SCAN_ID =
			Pattern.compile("data-src=\"/registry/identification/scans/([0-9a-f-]{36})\"");

	private static final Pattern PLACE = Pattern.compile("you are number (\\d+) of (\\d+) waiting");

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	private static RunningApp app;

	private static Classroom classroom;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom(
				Postgres.newDatabase(), "--consentlab.scans.memory-budget=40MB", "--consentlab.scans.workers=2");
		classroom = Classroom.create(app, "ms-okafor");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void scansWhenAClassSearchesAtOnceThenTheyQueueWithinTheBudgetAndAllEnd() throws Exception {
		List<WebClient> learners = new ArrayList<>();
		for (int i = 0; i < LEARNERS; i++) {
			WebClient learner = classroom.join("learner" + i);
			learner.get("/registry/identification");
			learners.add(learner);
		}
		IdentificationScans scans = app.bean(IdentificationScans.class);

		String[][] asks = {{"IRIS", "100000", "0.33"}, {"FACE", "10000", "0.30"}, {"IRIS", "10000", "0.32"}};
		ExecutorService posters = Executors.newFixedThreadPool(LEARNERS);
		List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < LEARNERS; i++) {
			WebClient learner = learners.get(i);
			String[] ask = asks[i % asks.length];
			posts.add(CompletableFuture.supplyAsync(
					() -> learner.post(
							"/registry/identification/scans",
							"modality",
							ask[0],
							"gallery",
							ask[1],
							"threshold",
							ask[2],
							"probe",
							"ENROLMENT"),
					posters));
		}
		for (CompletableFuture<HttpResponse<String>> post : posts) {
			assertThat(post.get().statusCode()).as(post.get().body()).isEqualTo(302);
		}
		posters.shutdown();

		List<String> ids = new ArrayList<>();
		int furthest = 0;
		for (WebClient learner : learners) {
			String page = learner.get("/registry/identification").body();
			ids.add(group(SCAN_ID, page));
			Matcher place = PLACE.matcher(page);
			if (place.find()) {
				furthest = Math.max(furthest, Integer.parseInt(place.group(1)));
			}
		}
		assertThat(furthest)
				.as("with two workers and eight searches, someone sees a place in line after the first")
				.isGreaterThanOrEqualTo(2);

		int last = LEARNERS - 1;
		String before = group(
				STATE,
				learners.get(last)
						.get("/registry/identification/scans/" + ids.get(last))
						.body());
		learners.get(last).post("/registry/identification/scans/" + ids.get(last) + "/cancel");
		assertThat(group(
						STATE,
						learners.get(last)
								.get("/registry/identification/scans/" + ids.get(last))
								.body()))
				.isIn("CANCELLED", "DONE");
		if (before.equals("QUEUED")) {
			assertThat(scans.isLive(ids.get(last)))
					.as("a cancelled search leaves the line at once")
					.isFalse();
		}

		for (int i = 0; i < last; i++) {
			assertThat(ScanStates.awaitEnd(learners.get(i), ids.get(i))).isEqualTo("DONE");
			assertThat(learners.get(i).get("/registry/identification").body())
					.contains("id=\"scan-results\"")
					.contains("<td>You</td>");
		}
		assertThat(scans.galleryPeakBytes())
				.as("gallery bytes held at the peak")
				.isPositive()
				.isLessThanOrEqualTo(BUDGET);
		assertThat(scans.galleryBytes()).isLessThanOrEqualTo(BUDGET);
		Instant limit = Instant.now().plusSeconds(10);
		while (scans.liveScans() > 0 && Instant.now().isBefore(limit)) {
			Thread.sleep(20);
		}
		assertThat(scans.liveScans())
				.as("ended searches hold nothing in memory")
				.isZero();
		assertThat(app.bean(JdbcClient.class)
						.sql("SELECT COUNT(*) FROM REGISTRY_SCAN WHERE FOUND_SELF")
						.query(Long.class)
						.single())
				.isGreaterThanOrEqualTo(LEARNERS - 1L);
	}

	@Test
	void scanWhenGalleryIsLargerThanTheWholeBudgetThen400ThatSaysSo() {
		WebClient learner = classroom.join("zoe");
		learner.get("/registry/identification");
		HttpResponse<String> refused = learner.post(
				"/registry/identification/scans",
				"modality",
				"IRIS",
				"gallery",
				"1000000",
				"threshold",
				"0.35",
				"probe",
				"CAPTURE");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("consentlab.scans.memory-budget").doesNotContain("Exception");
		assertThat(app.bean(IdentificationScans.class).holdsGallery(Identification.Modality.IRIS, 1_000_000))
				.isFalse();
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find())
				.as("%s in %s", pattern, text.length() > 400 ? text.substring(0, 400) : text)
				.isTrue();
		return m.group(1);
	}
}
