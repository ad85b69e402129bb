package org.consentlab.registry.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.Classroom;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Heap after a full collection with no search, with one finished million-iris search, with twenty
 * more waiting in line, and with all of them finished. Over HTTP only, so it measures any version of
 * the app. Not part of the build: run it with {@code -Dconsentlab.measure=true -Dtest=ScanHeapMeasurement}.
 *
 * <p>Measured with -Xmx1536m on 2 busy cores: 44 MB with no search, 329 MB after one (the shared
 * million-iris gallery, kept while it is used and for a few idle minutes), 331 MB with twenty more
 * in line, 331 MB with all 21 finished. Before, each finished search pinned its gallery for 30
 * minutes and each size was a new gallery: 35, 321, then 605 MB after sizes 1,000,000 and 999,999,
 * and out of memory on the third.
 */
@EnabledIfSystemProperty(named = "consentlab.measure", matches = "true")
class ScanHeapMeasurement {

	private static final Pattern SCAN_ID =
			Pattern.compile("data-src=\"/registry/identification/scans/([0-9a-f-]{36})\"");

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	@Test
	void heapWithOneAndWithTwentySearches() throws Exception {
		boolean distinct = Boolean.getBoolean("consentlab.measure.distinct-sizes");
		try (RunningApp app = RunningApp.classroom("jdbc:h2:mem:heap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
			Classroom classroom = Classroom.create(app, "mr-heap");
			List<WebClient> learners = new ArrayList<>();
			for (int i = 0; i <= 20; i++) {
				WebClient learner = classroom.join("heap" + i);
				learner.get("/registry/identification");
				learners.add(learner);
			}
			report("no search", usedAfterGc());
			String first = start(learners.get(0), 1_000_000);
			awaitEnd(learners.get(0), first);
			report("1 finished search", usedAfterGc());
			List<String> ids = new ArrayList<>();
			int refused = 0;
			for (int i = 1; i <= 20; i++) {
				String id = start(learners.get(i), distinct ? 1_000_000 - i : 1_000_000);
				if (id == null) {
					refused++;
				}
				ids.add(id);
			}
			report("1 finished, 20 started (" + refused + " refused)", usedAfterGc());
			for (int i = 1; i <= 20; i++) {
				if (ids.get(i - 1) != null) {
					awaitEnd(learners.get(i), ids.get(i - 1));
				}
			}
			report("21 finished", usedAfterGc());
		}
	}

	private static void report(String when, long bytes) {
		System.out.printf("heap after GC, %s: %d MB%n", when, bytes / (1024 * 1024));
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String start(WebClient learner, int gallery) {
		learner.get("/registry/identification");
		HttpResponse<String> started = learner.post(
				"/registry/identification/scans",
				"modality",
				"IRIS",
				"gallery",
				String.valueOf(gallery),
				"threshold",
				"0.35",
				"probe",
				"CAPTURE");
		if (started.statusCode() != 302) {
			return null;
		}
		Matcher m = SCAN_ID.matcher(learner.get("/registry/identification").body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static void awaitEnd(WebClient learner, String id) throws InterruptedException {
		Instant limit = Instant.now().plusSeconds(900);
		while (Instant.now().isBefore(limit)) {
			Matcher m = STATE.matcher(
					learner.get("/registry/identification/scans/" + id).body());
			if (m.find() && m.group(1).matches("DONE|CANCELLED|FAILED|TIMED_OUT")) {
				return;
			}
			Thread.sleep(250);
		}
	}
}
