package org.consentlab.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A class at work, as {@code bench/class-load.sh} drives it: LEARNERS learners arrive over the first
 * part of the run, join with the class code, sign in, and work through a realistic mix of both
 * worlds (lab pages, hints, wrong and right answers, enrolment, the Registry week, the analyst, an
 * L3 search at 100,000, the personal ID single and as a batch, the work permit with a transaction
 * code, consent at three verifiers, an inspector paste, and a {@code direct_post} from a wallet of
 * their own); one instructor keeps the live dashboard open all along, its grid fetched once a
 * second (the most the server pushes "changed" in a busy class). Every write the app
 * acknowledged (2xx/3xx) is recorded by {@link AcknowledgedWrites}, so the script can look for each
 * one in the database after a fault.
 *
 * <p>System properties: {@code load.baseUrl}, {@code load.learners}, {@code load.minutes},
 * {@code load.joinCode}, {@code load.classId}, {@code load.instructor}, {@code load.password},
 * {@code load.run} (a prefix for usernames), {@code load.acks} (the file of acknowledged writes).
 */
public class ClassSimulation extends Simulation {

	private static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");

	private static final int LEARNERS = Integer.getInteger("load.learners", 30);

	private static final int MINUTES = Integer.getInteger("load.minutes", 1);

	private static final String CODE = System.getProperty("load.joinCode");

	private static final String CLASS_ID = System.getProperty("load.classId");

	private static final String INSTRUCTOR = System.getProperty("load.instructor");

	private static final String PASSWORD = System.getProperty("load.password");

	private static final String RUN = System.getProperty("load.run", "r");

	/** Learners arrive over the first 40% of the run, and then keep working until its end. */
	private static final Duration ARRIVALS = Duration.ofSeconds(Math.max(1, MINUTES * 60L * 2 / 5));

	private static final Duration RUN_TIME = Duration.ofMinutes(MINUTES);

	/** One learner in how many runs the L3 search at 100,000 (the CPU-heavy part of the mix). */
	private static final int SEARCH_EVERY = Integer.getInteger("load.searchEvery", 3);

	private static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";

	private static final AcknowledgedWrites ACKS = new AcknowledgedWrites(System.getProperty("load.acks"));

	private final AtomicInteger numbers = new AtomicInteger();

	/** Each learner is a person at their own machine: their own address, as the class's proxy reports it. */
	private Iterator<Map<String, Object>> learners() {
		return Stream.generate(() -> {
					int n = numbers.incrementAndGet();
					return Map.<String, Object>of(
							"user", RUN + "-" + n, "n", n, "address", "10.77." + (n / 250) + "." + (1 + n % 250));
				})
				.iterator();
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.disableFollowRedirect()
			.acceptHeader("text/html,application/json")
			.userAgentHeader("consentlab-class-load");

	/** A page GET that keeps the newest CSRF token of the page's forms. */
	private static HttpRequestActionBuilder page(String name, String path) {
		return http(name)
				.get(path)
				.header("X-Forwarded-For", "#{address}")
				.check(status().in(200, 302))
				.check(regex(CSRF).optional().saveAs("csrf"));
	}

	/** A form POST with the CSRF token; 2xx and 3xx are acknowledged. */
	private static HttpRequestActionBuilder post(String name, String path) {
		return http(name)
				.post(path)
				.header("X-Forwarded-For", "#{address}")
				.formParam("_csrf", "#{csrf}")
				.check(status().in(200, 302, 303));
	}

	private static ChainBuilder ack(String kind, String key) {
		return exec(session -> {
			if (!session.isFailed()) {
				ACKS.add(kind, session.getString("user"), session.getString("address"), key);
			}
			return session;
		});
	}

	private static ChainBuilder think() {
		return exec(session -> session).pause(Duration.ofMillis(500), Duration.ofMillis(2500));
	}

	ChainBuilder join = exec(
					page("join page", "/join"),
					post("join", "/join")
							.formParam("code", CODE)
							.formParam("username", "#{user}")
							.formParam("password", PASSWORD)
							.check(status().is(302)))
			// a learner whose join failed has no account to sign in to
			.exitHereIfFailed()
			.exec(
					page("login page", "/login"),
					post("sign in", "/login")
							.formParam("username", "#{user}")
							.formParam("password", PASSWORD)
							.check(status().is(302))
							.check(header("Location")
									.transform(l -> !l.contains("error"))
									.is(true)),
					ack("account", "joined"),
					page("labs", "/labs"));

	ChainBuilder labs = exec(
			page("lab page", "/labs/L0"),
			think(),
			post("hint", "/labs/L0/tasks/L0.hidden-claims/hint").check(status().is(302)),
			ack("hint", "L0.hidden-claims"),
			page("lab page", "/labs/L0"),
			post("answer (wrong)", "/labs/L0/tasks/L0.fingerprint-parties")
					.formParam("answer", "1000")
					.check(status().is(302)),
			ack("answer", "L0.fingerprint-parties"),
			page("lab page", "/labs/L0"),
			think());

	ChainBuilder registry = exec(
			page("registry", "/registry"),
			page("enrol page", "/registry/enrol"),
			think(),
			post("enrol", "/registry/enrol").check(status().is(302)),
			ack("enrol", "registry"),
			page("profile", "/registry/profile"),
			page("week page", "/registry/week"),
			post("live the week", "/registry/week").check(status().is(302)),
			page("query log", "/registry/log"),
			page("analyst", "/registry/analyst"),
			think());

	/** The L3 search at 100,000, followed until it ends (as the page's script polls it). */
	ChainBuilder search = exec(
			page("identification", "/registry/identification"),
			post("start L3 search", "/registry/identification/scans")
					.formParam("modality", "IRIS")
					.formParam("gallery", "100000")
					.formParam("threshold", "0.35")
					.formParam("probe", "CAPTURE")
					.check(status().is(302)),
			http("identification")
					.get("/registry/identification")
					.header("X-Forwarded-For", "#{address}")
					.check(status().is(200))
					.check(regex("data-src=\"(/registry/identification/scans/[^\"]+)\"")
							.saveAs("scan")),
			exec(session -> session.set("scanDone", false))
					.asLongAs(session -> !session.getBoolean("scanDone"), "poll")
					.on(exec(http("L3 search progress")
									.get("#{scan}")
									.header("X-Forwarded-For", "#{address}")
									.check(status().is(200))
									.check(regex("\"finished\":(true|false)")
											.transform(Boolean::parseBoolean)
											.saveAs("scanDone")))
							.exitHereIfFailed()
							.pause(Duration.ofSeconds(1))));

	/** Receives through an issuer's offer in the learner's own wallet (the app's wallet). */
	private static ChainBuilder receive(String name, String issuerPage, String linkId, String kind) {
		return exec(
				// each visit makes new offers (and new transaction codes): read both from the same page
				page(name + ": issuer page", issuerPage)
						.check(regex("id=\"" + linkId + "\" href=\"([^\"]+)\"")
								.transform(ClassSimulation::unescape)
								.saveAs("offerLink"))
						.check(regex("class=\"tx-code-value\" data-configuration=\"" + linkId.replace("offer-link-", "")
										+ "\">([^<]+)<")
								.optional()
								.saveAs("txCode")),
				page(name + ": offer in wallet", "#{offerLink}")
						.check(regex("name=\"credential_offer\" value=\"([^\"]+)\"")
								.transform(ClassSimulation::unescape)
								.saveAs("offer"))
						.check(regex("name=\"batch\" value=\"([^\"]+)\"").saveAs("batch")),
				post(name, "/wallet/offers")
						.formParam("credential_offer", "#{offer}")
						.formParam("batch", "#{batch}")
						.formParam("tx_code", session -> session.contains("txCode") ? session.getString("txCode") : "")
						.check(status().is(302))
						.check(header("Location")
								.transform(l -> l.contains("/wallet/credentials/"))
								.is(true)),
				ack("wallet", kind));
	}

	ChainBuilder credentials = exec(
			page("wallet", "/wallet"),
			exec(session -> session.remove("txCode")),
			receive("personal ID", "/issuers/pid", "offer-link", "urn:consentlab:pid:1"),
			think(),
			receive("personal ID batch", "/issuers/pid", "batch-offer-link", "urn:consentlab:pid:1"),
			receive(
					"work permit with tx_code",
					"/issuers/migration?tx_code=on",
					"offer-link-work_permit_sd_jwt",
					"urn:consentlab:work_permit:1"),
			exec(session -> session.remove("txCode")),
			think());

	/** Starts a request at a verifier, opens it in the wallet, and shares. */
	private static ChainBuilder present(String verifier) {
		return exec(
				page(verifier + ": verifier", "/verifiers/" + verifier),
				post(verifier + ": start request", "/verifiers/" + verifier + "/transactions")
						.check(status().is(302))
						.check(header("Location")
								.transform(ClassSimulation::path)
								.saveAs("tx")),
				page(verifier + ": transaction", "#{tx}")
						.check(regex("id=\"request-link\" href=\"([^\"]+)\"")
								.transform(ClassSimulation::unescape)
								.saveAs("requestLink")),
				page(verifier + ": consent", "#{requestLink}")
						.check(regex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")
								.captureGroups(2)
								.findAll()
								.saveAs("hidden")),
				think(),
				http(verifier + ": share")
						.post("/wallet/requests")
						.header("X-Forwarded-For", "#{address}")
						.formParamMap(session -> {
							Map<String, Object> form = new java.util.LinkedHashMap<>();
							for (java.util.List<String> field : session.<java.util.List<String>>getList("hidden")) {
								form.put(field.get(0), unescape(field.get(1)));
							}
							form.put("_csrf", session.getString("csrf"));
							form.put("decision", "share");
							return form;
						})
						.check(status().is(200))
						.check(substring("feedback ok")),
				ack("presentation", verifier));
	}

	ChainBuilder presentations = exec(present("bar"), present("landlord"), present("employer"));

	/** A wallet of the learner's own: receives a personal ID with its key, answers the bar by direct_post. */
	ChainBuilder ownWallet = exec(
			page("own wallet: issuer page", "/issuers/pid")
					.check(regex("id=\"offer-link\" href=\"([^\"]+)\"")
							.transform(ClassSimulation::unescape)
							.saveAs("offerLink")),
			exec(session -> OwnWallet.start(session, "offerLink")),
			http("own wallet: token")
					.post("/issuers/pid/token")
					.header("X-Forwarded-For", "#{address}")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.body(StringBody("#{tokenForm}"))
					.check(status().is(200))
					.check(regex("\"access_token\"\\s*:\\s*\"([^\"]+)\"").saveAs("accessToken")),
			http("own wallet: nonce")
					.post("/issuers/pid/nonce")
					.header("X-Forwarded-For", "#{address}")
					.check(status().is(200))
					.check(regex("\"c_nonce\"\\s*:\\s*\"([^\"]+)\"").saveAs("cNonce")),
			exec(OwnWallet::proof),
			http("own wallet: credential")
					.post("/issuers/pid/credential")
					.header("X-Forwarded-For", "#{address}")
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer #{accessToken}")
					.body(StringBody("#{credentialRequest}"))
					.check(status().is(200))
					.check(regex("\"credential\"\\s*:\\s*\"([^\"]+)\"").saveAs("sdJwt")),
			think(),
			page("bar: verifier", "/verifiers/bar"),
			post("bar: start request", "/verifiers/bar/transactions")
					.check(status().is(302))
					.check(header("Location").transform(ClassSimulation::path).saveAs("tx")),
			page("bar: transaction", "#{tx}")
					.check(regex("id=\"request-link\" href=\"([^\"]+)\"")
							.transform(ClassSimulation::unescape)
							.saveAs("requestLink")),
			// a wallet of one's own reads the signed request behind the link, as a phone does
			http("own wallet: request object")
					.get(session -> path(OwnWallet.requestUri(session.getString("requestLink"))))
					.header("X-Forwarded-For", "#{address}")
					.header("Accept", "application/oauth-authz-req+jwt")
					.check(status().is(200))
					.check(bodyString().saveAs("requestObject")),
			exec(OwnWallet::readRequest),
			exec(OwnWallet::presentation),
			http("direct_post")
					.post("#{responseUri}")
					.header("X-Forwarded-For", "#{address}")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.body(StringBody("#{responseForm}"))
					.check(status().is(200)),
			think(),
			page("inspector", "/inspector"),
			post("inspector paste", "/inspector").formParam("token", "#{sdJwt}").check(status().is(200)));

	/** What a learner keeps doing until the end of the run: read, answer, show the wallet, present. */
	ChainBuilder working = exec(
			page("lab page", "/labs/L0"),
			think(),
			post("answer (right)", "/labs/L0/tasks/L0.both-worlds").check(status().is(302)),
			ack("answer", "L0.both-worlds"),
			page("wallet", "/wallet"),
			think(),
			present("bar"),
			page("scorecard", "/scorecard"),
			think(),
			think());

	ScenarioBuilder learner = scenario("learner")
			.feed(learners())
			.exec(join)
			.exitHereIfFailed()
			.exec(labs, registry, credentials)
			.doIf(session -> session.getInt("n") % SEARCH_EVERY == 1)
			.then(search)
			.exec(presentations, ownWallet)
			.during(session -> remaining(session))
			.on(working);

	ScenarioBuilder instructor = scenario("instructor")
			.exec(session -> session.set("address", "10.76.0.1"))
			.exec(
					page("instructor: login page", "/login"),
					post("instructor: sign in", "/login")
							.formParam("username", INSTRUCTOR)
							.formParam("password", PASSWORD)
							.check(status().is(302)))
			.exec(page("dashboard", "/classes/" + CLASS_ID))
			// the open page fetches the grid each time the server says it changed: in a busy class,
			// once a second (DashboardStream's pace)
			.during(RUN_TIME)
			.on(pace(Duration.ofSeconds(1))
					.exec(http("dashboard grid")
							.get("/classes/" + CLASS_ID + "/grid")
							.header("X-Forwarded-For", "#{address}")
							.check(status().is(200))));

	private static final long START = System.currentTimeMillis();

	/** The time left until the end of the run, so that every learner stops with the class. */
	private static Duration remaining(Session session) {
		long left = START + RUN_TIME.toMillis() - System.currentTimeMillis();
		return Duration.ofMillis(Math.max(0, left));
	}

	{
		setUp(learner.injectOpen(rampUsers(LEARNERS).during(ARRIVALS)), instructor.injectOpen(atOnceUsers(1)))
				.protocols(protocol);
	}

	@Override
	public void after() {
		ACKS.close();
	}

	static String unescape(String html) {
		return html.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
	}

	static String path(String location) {
		return location.replaceAll("^https?://[^/]+", "");
	}
}
