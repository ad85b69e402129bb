package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.classroom.Instructors;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classroom pages read wholly in a translation, as {@link TranslatedPagesTests} asks of the solo
 * app: the join and sign-in forms, the learner's labs of their class and account page, and the
 * instructor's classes, dashboard, written answers and class credentials. Lab titles and task texts
 * reach the dashboard and the written answers from the catalogue, which must be asked in the
 * reader's language; the original there is what this test is for. The people and the class are named
 * so that their names are not mistaken for untranslated text: usernames with a dot, which are ids,
 * and a class name in the translation.
 */
class TranslatedClassroomPagesTests {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern CLASS_ID = Pattern.compile("/classes/(\\d+)$");

	private static final Pattern CODE = Pattern.compile("id=\"join-code\">([A-Z0-9]+)<");

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.classroom("jdbc:h2:mem:translated-classroom-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void classroomPagesWhenReadInATranslationThenHoldNoTextOfTheOriginal() throws IOException {
		Set<String> keys = TranslatedPagesTests.bundleKeys();
		List<String> problems = new ArrayList<>();
		int n = 0;
		for (Locale language : Languages.translations()) {
			n++;
			WebClient anonymous = inLanguage(new WebClient(app), language);
			scan(anonymous, "/login", language, keys, problems);
			scan(anonymous, "/join", language, keys, problems);

			String instructorName = "teacher.no" + n;
			app.bean(Instructors.class).add(instructorName, PASSWORD);
			WebClient instructor = inLanguage(new WebClient(app), language);
			instructor.signIn(instructorName, PASSWORD);
			instructor.get("/classes");
			String location = instructor
					.post("/classes", "name", Languages.nativeName(language) + " " + n)
					.headers()
					.firstValue("Location")
					.orElseThrow();
			Matcher id = CLASS_ID.matcher(location);
			assertThat(id.find()).as("class created: " + location).isTrue();
			String dashboard = "/classes/" + id.group(1);
			Matcher code = CODE.matcher(instructor.get(dashboard).body());
			assertThat(code.find()).as("join code on the dashboard").isTrue();

			WebClient learner = inLanguage(new WebClient(app), language);
			learner.get("/join");
			learner.post("/join", "code", code.group(1), "username", "ada.no" + n, "password", PASSWORD);
			learner.signIn("ada.no" + n, PASSWORD);
			for (String page : List.of("/labs", "/labs/L0", "/account")) {
				scan(learner, page, language, keys, problems);
			}
			learner.post("/labs/L0/tasks/L0.both-worlds");

			for (String page : List.of("/classes", dashboard, dashboard + "/written", dashboard + "/credentials")) {
				scan(instructor, page, language, keys, problems);
			}
		}
		assertThat(problems)
				.as("text of the original on translated classroom pages")
				.isEmpty();
	}

	/**
	 * The original stays as it was: lab titles and rubrics in English for a reader of English, and
	 * the CSV export's columns, ids rather than text, the same in any language.
	 */
	@Test
	void classroomPagesWhenReadInTheOriginalThenLabTextsInTheOriginalAndCsvOfIds() {
		app.bean(Instructors.class).add("teacher.en", PASSWORD);
		WebClient instructor = new WebClient(app);
		instructor.signIn("teacher.en", PASSWORD);
		instructor.get("/classes");
		String location = instructor
				.post("/classes", "name", "Spring term")
				.headers()
				.firstValue("Location")
				.orElseThrow();
		String dashboard = location.substring(location.indexOf("/classes/"));

		assertThat(instructor.get(dashboard).body()).contains("L0 · Two futures");
		assertThat(instructor.get(dashboard + "/written").body())
				.contains("L12 · Scorecard")
				.contains("Claim: says clearly which world, for which checks.");
		assertThat(instructor.get(dashboard + "/export.csv").body())
				.isEqualTo("learner,lab,task,passed,attempts,hints\r\n");

		WebClient russian = inLanguage(new WebClient(app), Locale.forLanguageTag("ru"));
		russian.signIn("teacher.en", PASSWORD);
		assertThat(russian.get(dashboard + "/export.csv").body())
				.isEqualTo("learner,lab,task,passed,attempts,hints\r\n");
	}

	private static WebClient inLanguage(WebClient client, Locale language) {
		client.get("/login");
		client.post("/language", "lang", language.toLanguageTag(), "back", "/login");
		return client;
	}

	private static void scan(WebClient client, String page, Locale language, Set<String> keys, List<String> problems) {
		var response = client.get(page);
		assertThat(response.statusCode()).as(page).isEqualTo(200);
		String html = response.body();
		assertThat(html).as(page).contains("<html lang=\"" + language.toLanguageTag() + "\"");
		TranslatedPagesTests.untranslated(html, language, keys)
				.forEach(problem -> problems.add(page.replaceAll("\\d+", "{n}") + ": " + problem));
	}
}
