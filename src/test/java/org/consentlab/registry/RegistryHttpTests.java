package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.breach.BiometricGate;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.consentlab.registry.policy.PolicyStore;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.registry.querylog.WeekOfLife;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query log over real HTTP: every query of the simulated week and every query typed by hand,
 * allowed or refused, is logged with its agency, place and data; the 1:N charts' data are the
 * learner's own; bad input gets a clear 400.
 */
class RegistryHttpTests {

	private static final Pattern SCAN_SRC =
			Pattern.compile("data-src=\"(/registry/identification/scans/[0-9a-f-]{36})\"");

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
	void weekWhenLivedThenEveryCheckIsLoggedAllowedOrRefused() {
		RegistryWorld world = app.bean(RegistryWorld.class);
		Subject subject = world.subjectOf(solo);
		List<WeekOfLife.Event> week = WeekOfLife.of(solo.seed(), subject.personId(), subject.year());
		List<QueryLog.Entry> logged = app.bean(QueryLog.class).about(solo.id(), subject.personId()).stream()
				.filter(e -> e.at().isBefore(
								WeekOfLife.monday(subject.year()).plusDays(6).atStartOfDay()))
				.toList();
		assertThat(logged).hasSize(week.size());
		AccessPolicy policy = AccessPolicy.inYear(subject.year());
		for (int i = 0; i < week.size(); i++) {
			WeekOfLife.Event event = week.get(i);
			QueryLog.Entry entry = logged.get(i);
			assertThat(entry.agency()).isEqualTo(event.agency());
			assertThat(entry.place()).isEqualTo(event.place());
			assertThat(entry.at()).isEqualTo(event.at());
			boolean allowed = event.categories().stream().allMatch(c -> policy.allows(event.agency(), c));
			assertThat(entry.allowed())
					.as("%s at %s", event.agency(), event.at())
					.isEqualTo(allowed);
			assertThat(entry.refusedFor().isPresent()).isEqualTo(!allowed);
		}
		assertThat(app.bean(QueryLog.class).about(solo.id(), world.targetOf(solo)))
				.isNotEmpty();
	}

	@Test
	void weekWhenLivedTwiceThenLoggedOnce() {
		int before = app.bean(QueryLog.class).entries(solo.id()).size();
		learner.post("/registry/week");
		assertThat(app.bean(QueryLog.class).entries(solo.id())).hasSize(before);
	}

	@Test
	void queryWhenOutsideThePolicyThenRefusedWithReasonAndLogged() {
		int before = app.bean(QueryLog.class).entries(solo.id()).size();
		String passport = ownPassport();
		HttpResponse<String> response = learner.post(
				"/registry/query",
				"agency",
				"HOTEL",
				"passport",
				passport,
				"category",
				"DNA",
				"purpose",
				"curiosity",
				"place",
				"Front desk",
				"mode",
				"E_KYC");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Refused: Hotel may not read DNA profile");
		List<QueryLog.Entry> after = app.bean(QueryLog.class).entries(solo.id());
		assertThat(after).hasSize(before + 1);
		QueryLog.Entry last = after.stream()
				.max(java.util.Comparator.comparingLong(QueryLog.Entry::id))
				.orElseThrow();
		assertThat(last.allowed()).isFalse();
		assertThat(last.refusedFor()).contains(DataCategory.DNA);
		assertThat(last.purpose()).isEqualTo("curiosity");
		assertThat(last.place()).isEqualTo("Front desk");
	}

	@Test
	void queryWhenAllowedYesNoThenNothingDisclosedButLogged() {
		int before = app.bean(QueryLog.class).entries(solo.id()).size();
		HttpResponse<String> response = learner.post(
				"/registry/query",
				"agency",
				"MIGRATION_SERVICE",
				"passport",
				ownPassport(),
				"category",
				"FACE",
				"purpose",
				"identity check",
				"place",
				"Desk 3",
				"mode",
				"YES_NO");
		assertThat(response.body()).contains("Yes: this is the person.");
		assertThat(app.bean(QueryLog.class).entries(solo.id())).hasSize(before + 1);
	}

	@Test
	void queryWhenInputIsBadThenClear400() {
		String passport = ownPassport();
		assertBad(
				learner.post(
						"/registry/query",
						"agency",
						"HOTEL",
						"passport",
						"not a passport!",
						"category",
						"FACE",
						"purpose",
						"p",
						"place",
						"x",
						"mode",
						"YES_NO"),
				"1 to 9 capital letters or digits");
		assertBad(
				learner.post(
						"/registry/query",
						"agency",
						"SPY",
						"passport",
						passport,
						"category",
						"FACE",
						"purpose",
						"p",
						"place",
						"x",
						"mode",
						"YES_NO"),
				"not one of the choices");
		assertBad(
				learner.post(
						"/registry/query",
						"agency",
						"HOTEL",
						"passport",
						passport,
						"purpose",
						"p",
						"place",
						"x",
						"mode",
						"YES_NO"),
				"at least one kind of data");
		assertBad(
				learner.post(
						"/registry/query",
						"agency",
						"HOTEL",
						"passport",
						passport,
						"category",
						"FACE",
						"purpose",
						" ",
						"place",
						"x",
						"mode",
						"YES_NO"),
				"at most 160 characters");
		assertBad(learner.get("/registry/analyst?passport=%3Cscript%3E"), "1 to 9 capital letters or digits");
		assertThat(learner.get("/registry/analyst?passport=ZZ0000000").statusCode())
				.isEqualTo(404);
	}

	@Test
	void identificationWhenParametersImpossibleThenClear400() {
		assertBad(learner.get("/registry/identification/curve?modality=IRIS&gallery=1000001"), "from 1 to 1,000,000");
		assertBad(learner.get("/registry/identification/curve?modality=IRIS&gallery=-5"), "from 1 to 1,000,000");
		assertBad(learner.get("/registry/identification?gallery=lots"), "from 1 to 1,000,000");
		assertBad(learner.get("/registry/identification/growth?modality=FACE&threshold=-0.1"), "from 0 to 1");
		assertBad(learner.get("/registry/identification/growth?modality=FACE&threshold=NaN"), "from 0 to 1");
		assertBad(learner.get("/registry/identification/curve?modality=DNA&gallery=10"), "not one of the choices");
		assertBad(learner.get("/registry/dna?coverage=120"), "percentage from 0 to 100");
		assertBad(learner.get("/registry/dna?coverage=-1"), "percentage from 0 to 100");
	}

	@Test
	void policyWhenSavedThenItsRulesDecideAndNonsenseGrantsAre400() {
		learner.get("/registry/policy");
		assertBad(
				learner.postRaw("/registry/policy", "_csrf=" + learner.csrf() + "&grant=SPY.DNA"),
				"not one of the choices");
		learner.get("/registry/policy");
		learner.postRaw("/registry/policy", "_csrf=" + learner.csrf() + "&grant=HOTEL.PASSPORT&grant=BANK.PASSPORT");
		AccessPolicy saved = app.bean(PolicyStore.class).saved(solo.id()).orElseThrow();
		assertThat(saved.access()).containsOnlyKeys(Agency.HOTEL, Agency.BANK);
		AgencyAuthorization rules = new AgencyAuthorization(saved);
		assertThat(app.bean(QueryLog.class).entries(solo.id()))
				.filteredOn(e -> rules.refusal(e.asQuery()).isEmpty())
				.allMatch(e -> e.agency() == Agency.HOTEL || e.agency() == Agency.BANK);
		assertThat(learner.get("/registry/policy").body()).contains("<td class=\"now\">refused</td>");
	}

	@Test
	void gateWhenProbeMalformedThen400AndWhenLeakedTemplateThenOpensAndIsLogged() {
		learner.get("/registry/breach");
		String passport = ownPassport();
		assertBad(
				learner.post("/registry/gate", "passport", passport, "template", "0.1 0.2 0.3"), "exactly 512 numbers");
		assertBad(
				learner.post("/registry/gate", "passport", passport, "template", "NaN ".repeat(512)),
				"exactly 512 numbers");
		BiometricGate gate = app.bean(BiometricGate.class);
		int me = app.bean(RegistryWorld.class).subjectOf(solo).personId();
		StringBuilder leaked = new StringBuilder();
		for (float v : gate.enrolled(me)) {
			leaked.append(v).append(' ');
		}
		int before = gate.log(solo.id()).size();
		learner.post("/registry/gate", "passport", passport, "template", leaked.toString());
		assertThat(gate.log(solo.id())).hasSize(before + 1);
		assertThat(gate.log(solo.id()).get(before).passed()).isTrue();
		assertThat(learner.get("/registry/breach/dump.csv").body()).startsWith("person_id,name,passport");
	}

	@Test
	void extractWhenVerifiedOfflineThenShowsOnlyChosenFieldsLogsNothingAndRejectsTampering() {
		int before = app.bean(QueryLog.class).entries(solo.id()).size();
		learner.get("/registry/extract");
		String page = learner.post("/registry/extract", "field", "NAME").body();
		java.util.regex.Matcher extract = java.util.regex.Pattern.compile(
						"<pre[^>]*class=\"extract\"[^>]*>([^<]+)</pre>")
				.matcher(page);
		assertThat(extract.find()).isTrue();
		String verified = learner.post("/registry/extract/verify", "extract", extract.group(1))
				.body();
		assertThat(verified).contains("signature is valid").doesNotContain("Passport number</dt>");
		String forged = "UEFTU1BPUlQ9WDEyMzQ1Ngo"
				+ extract.group(1).substring(extract.group(1).indexOf('.'));
		assertThat(learner.post("/registry/extract/verify", "extract", forged).body())
				.contains("not genuine");
		assertThat(learner.post("/registry/extract/verify", "extract", "garbage")
						.body())
				.contains("not genuine");
		assertBad(learner.post("/registry/extract"), "at least one field");
		assertThat(app.bean(QueryLog.class).entries(solo.id())).hasSize(before);
	}

	@Test
	void identificationWhenCurveAskedTwiceThenSameNumbers() {
		String first = learner.get("/registry/identification/curve?modality=FACE&gallery=10000")
				.body();
		assertThat(first).contains("\"fpir\":[").contains("\"fnir\":[");
		assertThat(learner.get("/registry/identification/curve?modality=FACE&gallery=10000")
						.body())
				.isEqualTo(first);
		assertThat(learner.get("/registry/identification").statusCode()).isEqualTo(200);
	}

	@Test
	void growthWhenAskedThenNamesItsSearchesAndBandAndNeverFalls() {
		JsonNode growth = JsonMapper.shared()
				.readTree(learner.get("/registry/identification/growth?modality=IRIS&threshold=0.31")
						.body());
		assertThat(growth.get("searches").asInt()).isEqualTo(2_000);
		double previous = 0;
		for (int i = 0; i < growth.get("sizes").size(); i++) {
			double fpir = growth.get("fpir").get(i).asDouble();
			double formula = growth.get("analyticFpir").get(i).asDouble();
			assertThat(fpir).as("simulated FPIR at size %d", i).isGreaterThanOrEqualTo(previous);
			assertThat(growth.get("bandLow").get(i).asDouble()).isLessThanOrEqualTo(formula);
			assertThat(growth.get("bandHigh").get(i).asDouble())
					.isGreaterThanOrEqualTo(formula)
					.isGreaterThan(growth.get("bandLow").get(i).asDouble());
			previous = fpir;
		}
	}

	@Test
	void jsonEndpointWhenBadRequestThenProblemDetailsInTheLearnersWords() {
		assertProblem(
				json("/registry/identification/curve?modality=SPY&gallery=1000"),
				400,
				"Bad Request",
				"That is not one of the choices offered.");
		assertProblem(
				json("/registry/identification/curve?modality=IRIS"),
				400,
				"Bad Request",
				"The field \"gallery\" is missing.");
		assertProblem(
				json("/registry/identification/growth?modality=IRIS&threshold=lots"), 400, "Bad Request", "threshold");
		String unknown = "00000000-0000-0000-0000-000000000000";
		assertProblem(
				json("/registry/identification/scans/" + unknown),
				404,
				"Not Found",
				"You have no search with the id \"" + unknown + "\".");
		assertProblem(
				json("/registry/no-such-thing"), 404, "Not Found", "There is no page at /registry/no-such-thing.");
	}

	@Test
	void pageWhenBadRequestThenStillTheErrorPage() {
		HttpResponse<String> page = learner.get("/registry/no-such-thing");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("There is no page at /registry/no-such-thing.");
	}

	@Test
	void scanStatusWhenReaderIsRussianThenNumbersAreGroupedTheRussianWay() {
		learner.get("/registry/identification");
		learner.post(
				"/registry/identification/scans",
				"modality",
				"IRIS",
				"gallery",
				"10000",
				"threshold",
				"0.30",
				"probe",
				"CAPTURE");
		Matcher src = SCAN_SRC.matcher(learner.get("/registry/identification").body());
		assertThat(src.find()).isTrue();
		String label = "";
		Instant limit = Instant.now().plusSeconds(60);
		while (!label.contains("10") && Instant.now().isBefore(limit)) {
			HttpResponse<String> status = learner.send(HttpRequest.newBuilder(URI.create(app.url(src.group(1))))
					.header("Accept", "application/json")
					.header("Accept-Language", "ru-RU")
					.build());
			label = JsonMapper.shared().readTree(status.body()).path("label").asString();
		}
		assertThat(label).containsPattern("10[\u00A0\u202F ]000").doesNotContain("10,000");
	}

	private HttpResponse<String> json(String path) {
		return learner.send(HttpRequest.newBuilder(URI.create(app.url(path)))
				.header("Accept", "application/json")
				.build());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String title, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("about:blank");
		assertThat(problem.path("title").asString()).isEqualTo(title);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).contains(detail);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static void assertBad(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains(message);
	}

	private static String ownPassport() {
		RegistryWorld world = app.bean(RegistryWorld.class);
		return world.population()
				.person(world.subjectOf(solo).personId())
				.passport()
				.number();
	}
}
