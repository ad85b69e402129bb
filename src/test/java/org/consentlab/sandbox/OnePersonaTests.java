package org.consentlab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Accounts;
import org.consentlab.population.Person;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.enrolment.Enrolments;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * One identity per learner in both worlds: every page that shows the learner shows the same name,
 * birth date, age, nationality, passport number and address, read over real HTTP.
 */
class OnePersonaTests {

	private static final Pattern EXTRACT = Pattern.compile("<pre[^>]*class=\"extract\"[^>]*>([A-Za-z0-9_-]+)\\.");

	private static RunningApp app;

	private static WebClient learner;

	private static Persona persona;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		learner.get("/registry");
		persona = Persona.of(
				app.bean(Accounts.class).byUsername("solo").orElseThrow().seed());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void registryRecordWhenEnrolledThenIsThePersonaItself() {
		Person filed = app.bean(RegistryWorld.class).population().person(persona.personId());
		assertThat(filed.fullName()).isEqualTo(persona.fullName());
		assertThat(filed.birthDate()).isEqualTo(persona.birthDate());
		assertThat(filed.passport().number()).isEqualTo(persona.documentNumber());
		assertThat(filed.address().oneLine()).isEqualTo(persona.address().oneLine());
		assertThat(filed.age()).isEqualTo(persona.age());
	}

	@Test
	void everyPageWhenItShowsTheLearnerThenShowsTheSameIdentity() {
		learner.get("/registry/enrol");
		learner.post("/registry/enrol");
		String age = String.valueOf(persona.age());

		assertShows("/registry", persona.fullName(), age, persona.origin());
		assertShows("/registry/enrol", persona.fullName(), age, persona.origin(), persona.documentNumber());
		assertShows("/registry/profile", persona.fullName(), persona.origin(), persona.documentNumber());
		if (Enrolments.captured(persona).contains(DataCategory.ADDRESS)) {
			// not every airport desk writes the address down (lab L1's answer depends on it)
			assertShows("/registry/profile", persona.address().oneLine());
		}
		assertShows("/registry/dna?search=1", persona.fullName());
		learner.get("/registry/extract");
		assertThat(extract("NAME")).as("offline extract").contains(persona.fullName());
		assertThat(extract("BIRTH_DATE"))
				.as("offline extract")
				.contains(persona.birthDate().toString());
		assertThat(extract("NATIONALITY")).as("offline extract").contains(persona.origin());
		assertThat(extract("PASSPORT")).as("offline extract").contains(persona.documentNumber());
		assertThat(extract("ADDRESS"))
				.as("offline extract")
				.contains(persona.address().oneLine());

		String credential = new WalletDriver(learner).receivePid();
		assertShows("/wallet", persona.fullName());
		String disclosed = text(learner.get(credential).body());
		for (String claim : persona.idClaims()) {
			String value = switch (claim) {
				case "given_name" -> persona.givenName();
				case "family_name" -> persona.familyName();
				case "birthdate" -> persona.birthDate().toString();
				case "nationalities" -> persona.nationalityAlpha2();
				case "document_number" -> persona.documentNumber();
				case "address" -> persona.address().streetAddress();
				default -> null;
			};
			if (value != null) {
				assertThat(disclosed).as("wallet credential, claim %s", claim).contains(value);
			}
		}
		assertThat(disclosed).contains(persona.address().locality());
	}

	@Test
	void populationSearchWhenItFindsTheLearnerThenNamesThePersona() {
		learner.get("/registry/identification");
		learner.post(
				"/registry/identification/scans",
				"modality",
				"IRIS",
				"gallery",
				"10000",
				"threshold",
				"0.35",
				"probe",
				"CAPTURE");
		long limit = System.currentTimeMillis() + 120_000;
		String page = learner.get("/registry/identification").body();
		while (!page.contains("id=\"scan-results\"") && System.currentTimeMillis() < limit) {
			Thread.onSpinWait();
			page = learner.get("/registry/identification").body();
		}
		assertThat(text(page)).as("L3 scan results").contains(persona.fullName());
	}

	/** The signed extract of one field, its payload decoded as a checkpoint would read it. */
	private static String extract(String field) {
		Matcher extract = EXTRACT.matcher(
				learner.post("/registry/extract", "field", field).body());
		assertThat(extract.find()).as("extract of %s", field).isTrue();
		return new String(Base64.getUrlDecoder().decode(extract.group(1)), StandardCharsets.UTF_8);
	}

	private static void assertShows(String path, String... values) {
		assertThat(text(learner.get(path).body())).as(path).contains(List.of(values));
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html).replace("\\\"", "\"");
	}
}
