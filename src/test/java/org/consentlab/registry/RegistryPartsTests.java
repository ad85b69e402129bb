package org.consentlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.breach.BiometricGate;
import org.consentlab.registry.enrolment.Enrolments;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.PolicyStore;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.sandbox.Sandboxes;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Registry's sandbox parts under their agreed ids: clearing one part forgets that part of the
 * learner's Registry and nothing else, so a lab's reset undoes only what the lab did.
 */
class RegistryPartsTests {

	private static RunningApp app;

	private static WebClient learner;

	private static Account solo;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
		learner = new WebClient(app);
		solo = app.bean(Accounts.class).byUsername("solo").orElseThrow();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void partsWhenStartedThenEveryRegistryPartAnswersToItsId() {
		assertThat(app.bean(Sandboxes.class).ids())
				.contains(
						"registry.enrolment",
						"registry.query-log",
						"registry.scans",
						"registry.scan-jobs",
						"registry.gate-passages",
						"registry.policy");
	}

	@Test
	void clearWhenOnePartNamedThenOnlyThatPartIsForgotten() {
		learner.get("/registry/enrol");
		learner.post("/registry/enrol");
		learner.get("/registry/week");
		learner.post("/registry/week");
		app.bean(PolicyStore.class).save(solo.id(), AccessPolicy.inYear(AccessPolicy.LAST_YEAR));
		BiometricGate gate = app.bean(BiometricGate.class);
		gate.attempt(solo.id(), 1, gate.enrolled(1));
		Sandboxes sandboxes = app.bean(Sandboxes.class);
		Enrolments enrolments = app.bean(Enrolments.class);
		QueryLog log = app.bean(QueryLog.class);
		PolicyStore policies = app.bean(PolicyStore.class);

		assertThat(log.entries(solo.id())).isNotEmpty();
		sandboxes.clear(solo.id(), List.of("registry.query-log"));
		assertThat(log.entries(solo.id())).isEmpty();
		assertThat(enrolments.held(solo.id())).isPresent();
		assertThat(policies.saved(solo.id())).isPresent();
		assertThat(gate.log(solo.id())).hasSize(1);

		sandboxes.clear(solo.id(), List.of("registry.enrolment", "registry.policy"));
		assertThat(enrolments.held(solo.id())).isEmpty();
		assertThat(policies.saved(solo.id())).isEmpty();
		assertThat(gate.log(solo.id())).hasSize(1);

		sandboxes.clear(solo.id(), List.of("registry.gate-passages", "registry.scans", "registry.scan-jobs"));
		assertThat(gate.log(solo.id())).isEmpty();
	}
}
