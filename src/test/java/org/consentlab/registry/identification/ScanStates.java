package org.consentlab.registry.identification;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.Eventually;
import org.consentlab.support.WebClient;

/** Reads an L3 search's state from its JSON, as the page's script does, and waits for its end. */
final class ScanStates {

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	private static final Set<String> ENDS = Set.of("DONE", "CANCELLED", "FAILED", "TIMED_OUT");

	/** A 1,000,000-person search on a loaded 2-core machine, behind others in the line. */
	private static final Duration LONGEST = Duration.ofMinutes(3);

	private ScanStates() {}

	/** The state the search ends in, asked again until it ends. */
	static String awaitEnd(WebClient learner, String id) {
		return Eventually.until("the end of search " + id, LONGEST, () -> state(learner, id), ENDS::contains);
	}

	static String state(WebClient learner, String id) {
		String body = learner.get("/registry/identification/scans/" + id).body();
		Matcher m = STATE.matcher(body);
		if (!m.find()) {
			throw new AssertionError("no state in " + (body.length() > 400 ? body.substring(0, 400) : body));
		}
		return m.group(1);
	}
}
