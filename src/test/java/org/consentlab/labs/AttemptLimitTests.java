package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.sandbox.Persona;
import org.consentlab.support.RunningApp;
import org.consentlab.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A task with few possible answers locks after its tries, so guessing in turn stops working. */
class AttemptLimitTests {

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.solo();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void answerWhenTriesUsedUpThenEvenTheRightOneFailsUntilTheLabIsReset() {
		WebClient learner = new WebClient(app);
		Account solo = app.bean(Accounts.class).byUsername("solo").orElseThrow();
		long seed = solo.seed();
		long right = AccessPolicy.inYear(Persona.of(seed).year()).partiesWithAccessTo(DataCategory.FINGERPRINTS);
		String task = "/labs/L0/tasks/L0.fingerprint-parties";
		learner.get("/labs/L0");
		learner.post(task, "answer", String.valueOf(right + 1));
		assertThat(learner.get("/labs/L0").body())
				.doesNotContain("more parties")
				.doesNotContain("fewer parties")
				.doesNotContain("2,02");
		learner.post(task, "answer", String.valueOf(right + 2));
		learner.get("/labs/L0");
		learner.post(task, "answer", String.valueOf(right));
		assertThat(learner.get("/labs/L0").body())
				.contains("You have used all 2 tries")
				.doesNotContain("class=\"feedback ok\"");

		app.bean(LabProgress.class).reset(solo, "L0");
		learner.get("/labs/L0");
		learner.post(task, "answer", String.valueOf(right));
		assertThat(learner.get("/labs/L0").body()).contains("class=\"feedback ok\"");
	}
}
