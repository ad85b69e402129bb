package org.consentlab.support;

import org.consentlab.verifier.SwitchedOffCheck;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lab L9 weakens one verifier per learner, drawn from the seed, in the transactions the learner's
 * attack tools start there (ordinary wallet flows always meet every check). A test that attacks a
 * verifier through those tools and expects every check gives its learner a seed whose weakened
 * verifier is another one, so it never depends on the random seed of the day.
 */
public final class WeakVerifiers {

	private WeakVerifiers() {}

	/** Gives {@code username} the first seed from 1 up whose weakened verifier is none of {@code verifierIds}. */
	public static long avoid(RunningApp app, String username, String... verifierIds) {
		long seed = 1;
		while (java.util.List.of(verifierIds).contains(SwitchedOffCheck.of(seed).verifierId())) {
			seed++;
		}
		app.bean(JdbcClient.class)
				.sql("UPDATE ACCOUNT SET SEED = ? WHERE USERNAME = ?")
				.params(seed, username)
				.update();
		return seed;
	}
}
