package org.consentlab.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.classroom.Instructors;

/** Sets up a class on a running app: an instructor, a class with a join code, learners who joined. */
public final class Classroom {

	public static final String PASSWORD = "correct horse battery";

	private static final Pattern CLASS_ID = Pattern.compile("/classes/(\\d+)$");

	private static final Pattern CODE = Pattern.compile("id=\"join-code\">([A-Z0-9]+)<");

	public final WebClient instructor;

	public final long id;

	public final String joinCode;

	private final RunningApp app;

	private Classroom(RunningApp app, WebClient instructor, long id, String joinCode) {
		this.app = app;
		this.instructor = instructor;
		this.id = id;
		this.joinCode = joinCode;
	}

	/** A new instructor (created as the command line would) who signs in and creates a class. */
	public static Classroom create(RunningApp app, String instructorName) {
		app.bean(Instructors.class).add(instructorName, PASSWORD);
		WebClient instructor = new WebClient(app);
		instructor.signIn(instructorName, PASSWORD);
		instructor.get("/classes");
		String location = instructor
				.post("/classes", "name", "Class of " + instructorName)
				.headers()
				.firstValue("Location")
				.orElseThrow();
		Matcher id = CLASS_ID.matcher(location);
		if (!id.find()) {
			throw new IllegalStateException("class not created: " + location);
		}
		String page = instructor.get("/classes/" + id.group(1)).body();
		Matcher code = CODE.matcher(page);
		if (!code.find()) {
			throw new IllegalStateException("no join code on the dashboard");
		}
		return new Classroom(app, instructor, Long.parseLong(id.group(1)), code.group(1));
	}

	/** A learner who joins with the code and signs in. */
	public WebClient join(String username) {
		WebClient learner = new WebClient(app);
		learner.get("/join");
		learner.post("/join", "code", joinCode, "username", username, "password", PASSWORD);
		learner.signIn(username, PASSWORD);
		return learner;
	}
}
