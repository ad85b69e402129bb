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
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL, as behind a load balancer without sticky sessions: an L3 search
 * started on one is followed, read and cancelled from the other, and a search whose instance goes
 * away is taken over and finished by the other, with the same result it would have had.
 */
class ScanAcrossInstancesTests {

	private static final Pattern SCAN_ID =
			Pattern.compile("data-src=\"/registry/identification/scans/([0-9a-f-]{36})\"");

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	@Test
	void scanWhenStartedOnOneInstanceThenFollowedReadAndCancelledOnTheOther() throws Exception {
		String database = Postgres.newDatabase();
		try (RunningApp first = RunningApp.classroom(database);
				RunningApp second = RunningApp.classroom(database)) {
			Classroom classroom = Classroom.create(first, "mr-haddad");
			WebClient onFirst = classroom.join("ines");
			WebClient onSecond = new WebClient(second);
			assertThat(onSecond.signIn("ines", Classroom.PASSWORD).statusCode()).isEqualTo(302);

			String id = start(onFirst, "IRIS", "10000", "0.32");
			assertThat(ScanStates.awaitEnd(onSecond, id)).isEqualTo("DONE");
			String page = onSecond.get("/registry/identification").body();
			assertThat(page).contains(id).contains("id=\"scan-results\"").contains("<td>You</td>");
			assertThat(second.bean(IdentificationScans.class).isLive(id))
					.as("the second instance only read it")
					.isFalse();

			String big = start(onFirst, "IRIS", "1000000", "0.35");
			onSecond.get("/registry/identification");
			assertThat(onSecond.post("/registry/identification/scans/" + big + "/cancel")
							.statusCode())
					.isEqualTo(302);
			assertThat(group(
							STATE,
							onSecond.get("/registry/identification/scans/" + big)
									.body()))
					.isEqualTo("CANCELLED");
			IdentificationScans running = first.bean(IdentificationScans.class);
			Instant limit = Instant.now().plusSeconds(30);
			while (running.isLive(big) && Instant.now().isBefore(limit)) {
				Thread.sleep(50);
			}
			assertThat(running.isLive(big))
					.as("the first instance stops a search cancelled on the second")
					.isFalse();
			assertThat(group(
							STATE,
							onFirst.get("/registry/identification/scans/" + big).body()))
					.isEqualTo("CANCELLED");
		}
	}

	@Test
	void scanWhenItsInstanceGoesThenTheOtherTakesItOverAndFinishesIt() throws Exception {
		String database = Postgres.newDatabase();
		try (RunningApp second = RunningApp.classroom(database, "--consentlab.scans.orphan-after=1s")) {
			String id;
			String ahead;
			WebClient omarOnSecond = new WebClient(second);
			WebClient zaraOnSecond = new WebClient(second);
			// The first instance has one worker, busy with a million-person search ahead in line, so
			// omar's search still waits there when the instance goes: however fast a search runs, the
			// second instance must take over one the first never finished.
			try (RunningApp first = RunningApp.classroom(database, "--consentlab.scans.workers=1")) {
				Classroom classroom = Classroom.create(first, "ms-ito");
				WebClient zara = classroom.join("zara");
				WebClient omar = classroom.join("omar");
				assertThat(omarOnSecond.signIn("omar", Classroom.PASSWORD).statusCode())
						.isEqualTo(302);
				assertThat(zaraOnSecond.signIn("zara", Classroom.PASSWORD).statusCode())
						.isEqualTo(302);
				ahead = start(zara, "IRIS", "1000000", "0.35");
				id = start(omar, "IRIS", "100000", "0.33");
				assertThat(group(
								STATE,
								omarOnSecond
										.get("/registry/identification/scans/" + id)
										.body()))
						.isEqualTo("QUEUED");
			}
			// the search ahead is cancelled, so the second instance builds no million-person gallery for it
			zaraOnSecond.get("/registry/identification");
			assertThat(zaraOnSecond
							.post("/registry/identification/scans/" + ahead + "/cancel")
							.statusCode())
					.isEqualTo(302);
			assertThat(ScanStates.awaitEnd(omarOnSecond, id)).isEqualTo("DONE");
			assertThat(omarOnSecond.get("/registry/identification").body())
					.contains("id=\"scan-results\"")
					.contains("<td>You</td>");
			assertThat(second.bean(JdbcClient.class)
							.sql("SELECT COUNT(*) FROM REGISTRY_SCAN s JOIN ACCOUNT a ON a.ID = s.ACCOUNT_ID "
									+ "WHERE a.USERNAME = 'omar' AND s.GALLERY = 100000 AND s.FOUND_SELF")
							.query(Long.class)
							.single())
					.isEqualTo(1L);
		}
	}

	private static String start(WebClient learner, String modality, String gallery, String threshold) {
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
				"ENROLMENT");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		return group(SCAN_ID, learner.get("/registry/identification").body());
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find())
				.as("%s in %s", pattern, text.length() > 400 ? text.substring(0, 400) : text)
				.isTrue();
		return m.group(1);
	}
}
