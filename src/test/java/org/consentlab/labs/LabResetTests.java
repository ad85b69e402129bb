package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.account.Accounts;
import org.consentlab.account.Role;
import org.consentlab.registry.enrolment.Enrolments;
import org.consentlab.sandbox.Persona;
import org.consentlab.sandbox.Sandboxes;
import org.consentlab.sandbox.World;
import org.consentlab.sandbox.WorldVisits;
import org.consentlab.support.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lab's reset clears exactly the sandbox parts its front matter names, for one learner: the
 * learner's other labs and every other learner keep their state. Runs on the real app and database.
 */
class LabResetTests {

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
	void resetWhenLearnerHasStateInTwoLabsThenOnlyThatLabsPartsAndProgressAreCleared() {
		Account ana = learner("reset-ana");
		Account ben = learner("reset-ben");
		giveStateInL0AndL1(ana);
		giveStateInL0AndL1(ben);

		app.bean(LabProgress.class).reset(ana, "L0");

		assertThat(visits().visited(ana.id())).as("L0's world visits").isEmpty();
		assertThat(app.bean(LabProgress.class).statuses(ana.id()))
				.as("L0's attempts")
				.doesNotContainKey("L0.both-worlds");
		assertThat(enrolments().held(ana.id()))
				.as("L1's enrolment survives a reset of L0")
				.isPresent();
		assertUntouched(ben);

		app.bean(LabProgress.class).reset(ana, "L1");

		assertThat(enrolments().held(ana.id())).as("L1's enrolment").isEmpty();
		assertUntouched(ben);
	}

	@Test
	void everyPartIsClearedByTheResetOfSomeLab() {
		Set<String> named = new java.util.TreeSet<>();
		app.bean(LabCatalogue.class).all().forEach(lab -> named.addAll(lab.resets()));
		assertThat(named)
				.as("sandbox parts no lab's reset clears, so a learner could never start them again")
				.containsAll(app.bean(Sandboxes.class).ids());
	}

	private static void giveStateInL0AndL1(Account learner) {
		visits().visit(learner.id(), World.REGISTRY);
		visits().visit(learner.id(), World.WALLET);
		Lab l0 = app.bean(LabCatalogue.class).find("L0").orElseThrow();
		assertThat(app.bean(LabProgress.class)
						.attempt(learner, l0, l0.task("L0.both-worlds").orElseThrow(), "")
						.passed())
				.isTrue();
		enrolments().enrol(learner.id(), Persona.of(learner.seed()));
	}

	private static void assertUntouched(Account other) {
		assertThat(visits().visited(other.id()))
				.as("another learner's visits")
				.isEqualTo(EnumSet.of(World.REGISTRY, World.WALLET));
		assertThat(app.bean(LabProgress.class)
						.statuses(other.id())
						.get("L0.both-worlds")
						.passed())
				.as("another learner's progress")
				.isTrue();
		assertThat(enrolments().held(other.id()))
				.as("another learner's enrolment")
				.isPresent();
	}

	private static Account learner(String name) {
		return app.bean(Accounts.class).create(name, "{noop}unused", Role.LEARNER, null);
	}

	private static WorldVisits visits() {
		return app.bean(WorldVisits.class);
	}

	private static Enrolments enrolments() {
		return app.bean(Enrolments.class);
	}
}
