package org.consentlab.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consentlab.ConsentLabApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole ConsentLab instance on a free port, over real HTTP, as a browser or curl would meet it. */
public final class RunningApp implements AutoCloseable {

	/**
	 * The status lists' ttl in every test app: a test that waits for a verifier's cached list to run
	 * out (a revocation seen) waits one second, not the five a learner is told about.
	 */
	public static final long STATUS_LIST_TTL_SECONDS = 1;

	private final ConfigurableApplicationContext context;

	private final boolean shared;

	private RunningApp(ConfigurableApplicationContext context) {
		this(context, false);
	}

	private RunningApp(ConfigurableApplicationContext context, boolean shared) {
		this.context = context;
		this.shared = shared;
	}

	/**
	 * One solo app for the whole test JVM, for test classes that only read what every fresh app
	 * shows (pages, links, refusals of bad input) and store nothing another class looks at: each such
	 * class would otherwise boot an identical app of its own. {@link #close()} leaves it running; it
	 * stops when the JVM exits. A class that changes the solo learner's state starts its own app.
	 */
	public static RunningApp sharedSolo() {
		return Shared.SOLO;
	}

	/** Started on first use; class initialisation runs once, even with classes in parallel. */
	private static final class Shared {

		static final RunningApp SOLO = new RunningApp(solo().context, true);

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(SOLO.context::close));
		}
	}

	/**
	 * One classroom app (in-memory H2) for the whole test JVM, for test classes whose instructors,
	 * classes and learners are their own: each such class signs up people under names no other
	 * class uses, and looks only at what those people own, so a class started before it changes
	 * nothing it sees. A class that counts rows across the database, runs a job over every account,
	 * needs PostgreSQL or other settings, or restarts the app starts its own. {@link #close()} leaves
	 * it running; it stops when the JVM exits.
	 */
	public static RunningApp sharedClassroom() {
		return SharedClassroom.CLASSROOM;
	}

	/** As {@link #sharedClassroom()}, on a database of the JVM's PostgreSQL server, for classes that ran on one. */
	public static RunningApp sharedClassroomOnPostgres() {
		return SharedPostgresClassroom.CLASSROOM;
	}

	private static final class SharedPostgresClassroom {

		static final RunningApp CLASSROOM = new RunningApp(classroom(Postgres.newDatabase()).context, true);

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(CLASSROOM.context::close));
		}
	}

	/** Separate from {@link Shared}, so a JVM starts only the shared apps its classes use. */
	private static final class SharedClassroom {

		static final RunningApp CLASSROOM = new RunningApp(
				classroom("jdbc:h2:mem:classroom-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").context, true);

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(CLASSROOM.context::close));
		}
	}

	/** Solo mode on a private in-memory H2 database, with extra arguments such as {@code --some.property=value}. */
	public static RunningApp solo(String... arguments) {
		return start("jdbc:h2:mem:solo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "solo", arguments);
	}

	/** Classroom mode on the given database (e.g. {@link Postgres#newDatabase()}). */
	public static RunningApp classroom(String jdbcUrl) {
		return start(jdbcUrl, "classroom");
	}

	/** Classroom mode with extra command-line arguments, such as {@code --some.property=value}. */
	public static RunningApp classroom(String jdbcUrl, String... arguments) {
		return start(jdbcUrl, "classroom", arguments);
	}

	private static RunningApp start(String jdbcUrl, String mode, String... extra) {
		List<String> args = new ArrayList<>(List.of(
				"--server.port=0",
				"--consentlab.mode=" + mode,
				"--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres",
				"--logging.level.root=warn",
				"--consentlab.issuers.status-list-ttl=" + STATUS_LIST_TTL_SECONDS + "s"));
		args.addAll(List.of(extra));
		long start = System.nanoTime();
		RunningApp app = new RunningApp(
				new SpringApplicationBuilder(ConsentLabApplication.class).run(args.toArray(String[]::new)));
		// The app logs only warnings in tests; this line lets a run count how many apps it started.
		System.out.printf("Started ConsentLab (%s) in %d ms%n", mode, (System.nanoTime() - start) / 1_000_000);
		return app;
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public String url(String path) {
		return "http://localhost:" + port() + path;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Publishes an application event, as the app's own services do (listeners run in the caller's transaction). */
	public void publish(Object event) {
		context.publishEvent(event);
	}

	public <T> java.util.Map<String, T> beansOfType(Class<T> type) {
		return context.getBeansOfType(type);
	}

	/** Stops this app; the {@linkplain #sharedSolo() shared} one keeps running for the next class. */
	@Override
	public void close() {
		if (!shared) {
			context.close();
		}
	}
}
