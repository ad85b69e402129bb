package org.consentlab.registry.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
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
 * Lab L3's real 1:N search over real HTTP, two learners of one class on PostgreSQL: a scan's
 * progress rises and a cancel stops it; one learner's scan neither blocks nor shows to another,
 * who cannot read or cancel it (404); bad parameters get a 400 that says what is allowed.
 */
class ScanHttpTests {

	private static final Pattern SCAN_ID =
			Pattern.compile("data-src=\"/registry/identification/scans/([0-9a-f-]{36})\"");

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	private static final Pattern PERCENT = Pattern.compile("\"percent\":(\\d+)");

	private static RunningApp app;

	private static WebClient ada;

	private static WebClient ben;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom(Postgres.newDatabase());
		Classroom classroom = Classroom.create(app, "mr-lindqvist");
		ada = classroom.join("ada");
		ben = classroom.join("ben");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void scanWhenRunningThenProgressRisesAndCancelStopsItAndFreesTheGallery() throws Exception {
		String id = startScan(ada, "IRIS", "1000000", "0.35", "CAPTURE");
		String firstStep = null;
		int firstPercent = -1;
		boolean rose = false;
		String step = "QUEUED";
		Instant limit = Instant.now().plusSeconds(60);
		while (!rose && Instant.now().isBefore(limit)) {
			String status = ada.get("/registry/identification/scans/" + id).body();
			step = group(STATE, status);
			int percent = Integer.parseInt(group(PERCENT, status));
			assertThat(step).isNotIn("DONE", "FAILED", "TIMED_OUT", "CANCELLED");
			if (firstStep == null && !step.equals("QUEUED")) {
				firstStep = step;
				firstPercent = percent;
			} else if (firstStep != null) {
				rose = !step.equals(firstStep) || percent > firstPercent;
			}
			Thread.sleep(50);
		}
		assertThat(rose)
				.as("progress rose from %s %d%%", firstStep, firstPercent)
				.isTrue();

		ada.get("/registry/identification");
		assertThat(ada.post("/registry/identification/scans/" + id + "/cancel").statusCode())
				.isEqualTo(302);
		assertThat(group(STATE, ada.get("/registry/identification/scans/" + id).body()))
				.isEqualTo("CANCELLED");
		assertThat(ada.get("/registry/identification").body()).contains("The search was cancelled");

		if (!step.equals("SEARCH")) {
			IdentificationScans scans = app.bean(IdentificationScans.class);
			Instant freed = Instant.now().plusSeconds(30);
			while (scans.holdsGallery(Identification.Modality.IRIS, 1_000_000)
					&& Instant.now().isBefore(freed)) {
				Thread.sleep(100);
			}
			assertThat(scans.holdsGallery(Identification.Modality.IRIS, 1_000_000))
					.as("a gallery whose build nobody waits for any more is dropped")
					.isFalse();
		}
	}

	@Test
	void scanWhenAnotherLearnerAsksForItThenNotFoundAndTheirOwnRunsAlongside() throws Exception {
		String adas = startScan(ada, "IRIS", "100000", "0.33", "CAPTURE");
		ben.get("/registry/identification");
		assertThat(ben.get("/registry/identification/scans/" + adas).statusCode())
				.isEqualTo(404);
		assertThat(ben.post("/registry/identification/scans/" + adas + "/cancel")
						.statusCode())
				.isEqualTo(404);
		assertThat(ben.get("/registry/identification").body()).doesNotContain(adas);

		String bens = startScan(ben, "IRIS", "10000", "0.30", "ENROLMENT");
		String bensEnd = ScanStates.awaitEnd(ben, bens);
		assertThat(bensEnd).isEqualTo("DONE");
		String page = ben.get("/registry/identification").body();
		assertThat(page)
				.contains("id=\"scan-results\"")
				.contains("<td>You</td>")
				.doesNotContain(adas);
		assertThat(page).contains("<progress id=\"scan-progress\" max=\"100\" value=\"100\"");

		assertThat(group(
						STATE, ada.get("/registry/identification/scans/" + adas).body()))
				.isNotEqualTo("CANCELLED");
		assertThat(ScanStates.awaitEnd(ada, adas)).isEqualTo("DONE");
		Long stored = app.bean(JdbcClient.class)
				.sql(
						"SELECT COUNT(*) FROM REGISTRY_SCAN s JOIN ACCOUNT a ON a.ID = s.ACCOUNT_ID WHERE a.USERNAME = ? AND s.GALLERY = 10000 AND s.FOUND_SELF")
				.param("ben")
				.query(Long.class)
				.single();
		assertThat(stored).isEqualTo(1L);
	}

	@Test
	void scanWhenParametersAreBadThen400ThatSaysWhatIsAllowed() {
		ada.get("/registry/identification");
		assertBad(
				ada.post(
						"/registry/identification/scans",
						"modality",
						"IRIS",
						"gallery",
						"2000000",
						"threshold",
						"0.35"),
				"10,000, 100,000 or 1,000,000");
		assertBad(
				ada.post(
						"/registry/identification/scans",
						"modality",
						"FACE",
						"gallery",
						"1000000",
						"threshold",
						"0.30"),
				"10,000 or 100,000");
		assertBad(
				ada.post("/registry/identification/scans", "modality", "IRIS", "gallery", "9999", "threshold", "0.35"),
				"10,000, 100,000 or 1,000,000");
		assertBad(
				ada.post(
						"/registry/identification/scans", "modality", "IRIS", "gallery", "999999", "threshold", "0.35"),
				"one of the sizes the lab offers");
		assertBad(
				ada.post("/registry/identification/scans", "modality", "IRIS", "gallery", "lots", "threshold", "0.35"),
				"10,000, 100,000 or 1,000,000");
		assertBad(
				ada.post("/registry/identification/scans", "modality", "IRIS", "gallery", "10000", "threshold", "0.45"),
				"from 0.20 to 0.36");
		assertBad(
				ada.post("/registry/identification/scans", "modality", "DNA", "gallery", "10000", "threshold", "0.3"),
				"not one of the choices");
		assertBad(
				ada.post(
						"/registry/identification/scans",
						"modality",
						"IRIS",
						"gallery",
						"10000",
						"threshold",
						"0.3",
						"probe",
						"SOMEONE_ELSE"),
				"not one of the choices");
		assertThat(ada.get("/registry/identification/scans/not-a-scan").statusCode())
				.isEqualTo(404);
	}

	private static String startScan(
			WebClient learner, String modality, String gallery, String threshold, String probe) {
		learner.get("/registry/identification");
		HttpResponse<String> started = learner.post(
				"/registry/identification/scans",
				"modality",
				modality,
				"gallery",
				gallery,
				"threshold",
				threshold,
				"probe",
				probe);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		return group(SCAN_ID, learner.get("/registry/identification").body());
	}

	private static void assertBad(HttpResponse<String> response, String says) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(says).doesNotContain("Exception");
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find())
				.as("%s in %s", pattern, text.length() > 400 ? text.substring(0, 400) : text)
				.isTrue();
		return m.group(1);
	}
}
