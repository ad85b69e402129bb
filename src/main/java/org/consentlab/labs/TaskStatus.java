package org.consentlab.labs;

/** Where one learner stands on one task. */
public record TaskStatus(boolean passed, int attempts, int hintsShown) {

	public static final TaskStatus NOT_STARTED = new TaskStatus(false, 0, 0);
}
