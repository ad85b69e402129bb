package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content of labs/ as shipped: every folder holds a lab that parses, and every link in a lab
 * leads somewhere (a page of the app, or a web address). Tasks and checks are bound at start-up,
 * which fails when they drift apart (see {@link LabParserTests}).
 */
class LabContentTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.sharedSolo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void everyLabFolderWhenLoadedThenParsesIntoOneLab() {
		File[] folders = Objects.requireNonNull(new File("labs").listFiles(File::isDirectory));
		assertThat(folders).isNotEmpty();
		assertThat(Arrays.stream(folders).map(f -> new File(f, "lab.md"))).allMatch(File::isFile);
		assertThat(app.bean(LabCatalogue.class).all()).hasSize(folders.length);
	}

	/** A folder is named {@code lNN-slug}, two digits so folders sort like the labs, for lab {@code L<NN>}. */
	@Test
	void everyLabFolderWhenNamedThenItsNumberIsTheLabsId() throws IOException {
		Pattern name = Pattern.compile("l(\\d{2})-[a-z0-9]+(-[a-z0-9]+)*");
		LabParser parser = new LabParser();
		for (File folder : Objects.requireNonNull(new File("labs").listFiles(File::isDirectory))) {
			Matcher matcher = name.matcher(folder.getName());
			assertThat(matcher.matches())
					.as("labs/%s is named lNN-slug", folder.getName())
					.isTrue();
			File file = new File(folder, "lab.md");
			Lab lab = parser.parse(file.getPath(), Files.readString(file.toPath()));
			assertThat(lab.id())
					.as("id of the lab in labs/%s", folder.getName())
					.isEqualTo("L" + Integer.parseInt(matcher.group(1)));
		}
	}

	@Test
	void everyLabWhenLinkingInsideTheAppThenThePageExists() {
		WebClient learner = new WebClient(app);
		for (Lab lab : app.bean(LabCatalogue.class).all()) {
			for (String link : lab.links()) {
				if (link.startsWith("/")) {
					// a per-learner link: any learner's value must lead to a page, so try one
					String path = link.replace("{{verifier_id}}", "gym").replaceAll("#.*", "");
					assertThat(path)
							.as("%s links to %s, with a placeholder this test cannot fill", lab.id(), link)
							.doesNotContain("{{");
					HttpResponse<String> page = learner.get(path);
					assertThat(page.statusCode())
							.as("%s links to %s", lab.id(), link)
							.isIn(200, 302);
				} else {
					assertThat(link).as("%s links to %s", lab.id(), link).matches("(https?://|#|mailto:).+");
				}
			}
		}
	}

	@Test
	void everyLabWhenRenderedThenShowsObjectivesAndSources() {
		WebClient learner = new WebClient(app);
		for (Lab lab : app.bean(LabCatalogue.class).all()) {
			assertThat(lab.objectives()).as("objectives of %s", lab.id()).isNotEmpty();
			String page = learner.get("/labs/" + lab.id()).body();
			assertThat(page).as("page of %s", lab.id()).contains(lab.title()).contains("http");
		}
	}
}
