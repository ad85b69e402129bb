package org.consentlab.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.account.Accounts;
import org.consentlab.support.Classroom;
import org.consentlab.support.Postgres;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may call what, for every route the running app maps: each handler method, the static
 * resources and the actuator, asked over real HTTP (real sessions, real CSRF tokens) by five people
 * of one classroom deployment on PostgreSQL. The expected outcomes are in
 * {@code security/endpoint-matrix.csv}; a route the app maps without a row there fails the build, so
 * a new endpoint cannot ship without someone deciding who may call it.
 */
class EndpointMatrixTests {

	private static final String MATRIX = "/security/endpoint-matrix.csv";

	/** Rows that probe a path the app must not map (an actuator endpoint that stays closed). */
	private static final String UNMAPPED = "(unmapped)";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private static final Pattern TX = Pattern.compile("/verifiers/bank/transactions/(\\d+)");

	private static final Pattern DC_API_TX = Pattern.compile("/verifiers/bank/dc-api/(\\d+)");

	private static final Pattern CREDENTIAL = Pattern.compile("/wallet/credentials/(\\d+)");

	private static final Pattern SCAN = Pattern.compile("/registry/identification/scans/([^\"/]+)\"");

	private static final Pattern STATUS_IDX =
			Pattern.compile("data-learner=\"ada\" data-issuer=\"pid\" data-idx=\"(\\d+)\"");

	/** The five people every route is tried by. */
	enum Who {
		ANONYMOUS,
		LEARNER_A,
		/** A classmate of A's, on A's ids. */
		LEARNER_B,
		/** The instructor of A's class. */
		INSTRUCTOR,
		/** An instructor of another class. */
		OTHER_INSTRUCTOR
	}

	/** Learner A comes last, so the others meet A's ids before A deletes or cancels anything. */
	private static final List<Who> CALL_ORDER =
			List.of(Who.ANONYMOUS, Who.LEARNER_B, Who.OTHER_INSTRUCTOR, Who.INSTRUCTOR, Who.LEARNER_A);

	private static RunningApp app;

	private static final Map<Who, WebClient> clients = new EnumMap<>(Who.class);

	private static final Map<Who, String> usernames = new EnumMap<>(Who.class);

	/** The values the rows' placeholders stand for: ids that belong to learner A or A's class. */
	private static final Map<String, String> ids = new LinkedHashMap<>();

	private static Classroom classroom;

	@BeforeAll
	static void start() {
		// the instructor's event stream ends after a second, so its row gets a complete answer
		app = RunningApp.classroom(Postgres.newDatabase(), "--consentlab.classroom.stream-timeout=1s");
		classroom = Classroom.create(app, "ms-okafor");
		clients.put(Who.ANONYMOUS, new WebClient(app));
		clients.put(Who.LEARNER_A, classroom.join("ada"));
		clients.put(Who.LEARNER_B, classroom.join("bea"));
		clients.put(Who.INSTRUCTOR, classroom.instructor);
		clients.put(Who.OTHER_INSTRUCTOR, Classroom.create(app, "mr-lindqvist").instructor);
		usernames.put(Who.LEARNER_A, "ada");
		usernames.put(Who.LEARNER_B, "bea");
		usernames.put(Who.INSTRUCTOR, "ms-okafor");
		usernames.put(Who.OTHER_INSTRUCTOR, "mr-lindqvist");

		// signing in changes the CSRF token: each person reads a fresh one from a page
		clients.values().forEach(client -> client.get("/login"));
		WebClient ada = clients.get(Who.LEARNER_A);
		String credentialPage = new WalletDriver(ada).receivePid();
		Matcher credential = CREDENTIAL.matcher(credentialPage);
		assertThat(credential.find()).as(credentialPage).isTrue();
		ada.get("/verifiers/bank");
		String txLocation = ada.post("/verifiers/bank/transactions")
				.headers()
				.firstValue("Location")
				.orElseThrow();
		Matcher tx = TX.matcher(txLocation);
		assertThat(tx.find()).as(txLocation).isTrue();
		String dcApiLocation = ada.post("/verifiers/bank/dc-api")
				.headers()
				.firstValue("Location")
				.orElseThrow();
		Matcher dcApiTx = DC_API_TX.matcher(dcApiLocation);
		assertThat(dcApiTx.find()).as(dcApiLocation).isTrue();
		Matcher idx = STATUS_IDX.matcher(classroom
				.instructor
				.get("/classes/" + classroom.id + "/credentials")
				.body());
		assertThat(idx.find()).isTrue();

		ada.get("/registry/identification");
		ada.post("/registry/identification/scans", "modality", "iris", "gallery", "10000", "threshold", "0.32");
		Matcher scan = SCAN.matcher(ada.get("/registry/identification").body());
		assertThat(scan.find()).as("a scan of learner A's").isTrue();

		ids.put("class", String.valueOf(classroom.id));
		ids.put("scan", scan.group(1));
		ids.put(
				"learner",
				String.valueOf(
						app.bean(Accounts.class).byUsername("ada").orElseThrow().id()));
		ids.put("credential", credential.group(1));
		ids.put("tx", tx.group(1));
		ids.put("dctx", dcApiTx.group(1));
		ids.put("idx", idx.group(1));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void everyRouteWhenCalledByEachPersonThenAnswersAsTheMatrixSays() throws IOException {
		List<Row> rows = rows();
		TreeSet<String> mapped = mappedRoutes();
		TreeSet<String> listed = new TreeSet<>();
		rows.stream().filter(row -> !row.pattern().equals(UNMAPPED)).forEach(row -> listed.add(row.route()));

		TreeSet<String> missing = new TreeSet<>(mapped);
		missing.removeAll(listed);
		assertThat(missing)
				.as(
						"These routes are mapped but have no row in %s: decide who may call each, and add a row"
								+ " (method,pattern,path,then one outcome per person: %s).",
						MATRIX, List.of(Who.values()))
				.isEmpty();
		TreeSet<String> stale = new TreeSet<>(listed);
		stale.removeAll(mapped);
		assertThat(stale)
				.as("These rows of %s name routes the app no longer maps: remove or correct them", MATRIX)
				.isEmpty();

		List<String> wrong = new ArrayList<>();
		// rows that end a session (sign-out) go last, so the others run signed in
		List<Row> ordered =
				new ArrayList<>(rows.stream().filter(row -> !row.endsSession()).toList());
		ordered.addAll(rows.stream().filter(Row::endsSession).toList());
		for (Row row : ordered) {
			for (Who who : CALL_ORDER) {
				String outcome = call(who, row);
				String expected = row.expected().get(who);
				if (!outcome.equals(expected)) {
					wrong.add(row.method() + " " + row.path() + " as " + who + ": expected " + expected + ", got "
							+ outcome);
				}
			}
		}
		assertThat(wrong)
				.as("Outcomes that differ from %s (%d routes x %d people)", MATRIX, rows.size(), Who.values().length)
				.isEmpty();
	}

	@Test
	void healthWhenAskedByAnyoneThenOnlyUpOrDownWithoutDetails() {
		for (Who who : Who.values()) {
			HttpResponse<String> health = clients.get(who).get("/actuator/health");
			assertThat(health.statusCode()).as(who.name()).isEqualTo(200);
			// UP or DOWN and the probe groups' names; details would add "components" (db, diskSpace ...)
			assertThat(health.body())
					.as(who.name())
					.contains("\"status\":\"UP\"")
					.doesNotContain("components")
					.doesNotContain("details")
					.doesNotContain("diskSpace");
		}
	}

	/** Every route the app maps, as {@code METHOD pattern}: handler methods, the actuator, static resources. */
	private static TreeSet<String> mappedRoutes() {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping :
				app.beansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				var methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("ANY " + pattern);
					}
					methods.forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		for (AbstractUrlHandlerMapping mapping :
				app.beansOfType(AbstractUrlHandlerMapping.class).values()) {
			mapping.getHandlerMap().keySet().forEach(pattern -> routes.add("GET " + pattern));
		}
		return routes;
	}

	private static String call(Who who, Row row) {
		WebClient client = clients.get(who);
		String path = fill(row.path());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", row.accept());
		if (row.method().equals("GET") || row.method().equals("ANY")) {
			request.GET();
		} else {
			if (client.csrf() == null) {
				client.get("/login");
			}
			String body = row.json()
					? fill(row.body().isEmpty() ? "{}" : row.body())
					: fill(row.body()) + (row.body().isEmpty() ? "" : "&") + "_csrf=" + client.csrf();
			request.header("Content-Type", row.contentType())
					.method(row.method(), HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<?> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		} catch (UncheckedIOException e) {
			return "no answer (" + e.getCause().getClass().getSimpleName() + ")";
		}
		try (InputStream body = (InputStream) response.body()) {
			body.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (row.endsSession() && who != Who.ANONYMOUS) {
			client.signIn(usernames.get(who), Classroom.PASSWORD);
		}
		return outcome(response);
	}

	/** The status code, or {@code login} for a redirect to the sign-in page. */
	private static String outcome(HttpResponse<?> response) {
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		if (status / 100 == 3 && location.replaceAll("\\?.*", "").endsWith("/login")) {
			return "login";
		}
		return String.valueOf(status);
	}

	private static String fill(String template) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = ids.get(m.group(1));
			assertThat(value)
					.as("no id for placeholder {%s} in %s", m.group(1), MATRIX)
					.isNotNull();
			m.appendReplacement(out, value);
		}
		m.appendTail(out);
		return out.toString();
	}

	private static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = EndpointMatrixTests.class.getResourceAsStream(MATRIX)) {
			assertThat(in).as(MATRIX).isNotNull();
			int number = 0;
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				rows.add(Row.parse(line.strip(), number));
			}
		}
		return rows;
	}

	/**
	 * One line of the matrix: {@code method,pattern,path,anonymous,learnerA,learnerB,instructor,otherInstructor[,options]}.
	 * Options (separated by spaces): {@code json} (a JSON body and Accept), {@code body=a=1&b=2} (form
	 * fields), {@code ends-session} (the call signs the person out; they sign in again after it).
	 */
	record Row(String method, String pattern, String path, Map<Who, String> expected, String options, int line) {

		static Row parse(String line, int number) {
			String[] cells = line.split(",", -1);
			if (cells.length < 3 + Who.values().length) {
				throw new IllegalArgumentException(MATRIX + " line " + number + ": too few cells: " + line);
			}
			Map<Who, String> expected = new EnumMap<>(Who.class);
			for (Who who : Who.values()) {
				expected.put(who, cells[3 + who.ordinal()].strip());
			}
			String options = cells.length > 8 ? cells[8].strip() : "";
			return new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), expected, options, number);
		}

		String route() {
			return method + " " + pattern;
		}

		boolean endsSession() {
			return options.contains("ends-session");
		}

		boolean json() {
			return options.contains("json");
		}

		String contentType() {
			return json() ? "application/json" : "application/x-www-form-urlencoded";
		}

		String accept() {
			return json() ? "application/json" : "text/html,application/json;q=0.9,*/*;q=0.8";
		}

		String body() {
			for (String option : options.split(" ")) {
				if (option.startsWith("body=")) {
					return option.substring(5);
				}
			}
			return "";
		}
	}
}
