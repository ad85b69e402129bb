package org.consentlab.classroom;

import java.time.Instant;

/**
 * A class: learners who joined with its code, and the instructors who run it. The code admits new
 * learners until {@code joinCodeExpiresAt}, and only while fewer than {@code maxLearners} have joined.
 */
public record Classroom(
		long id, String name, String joinCode, Instant joinCodeExpiresAt, int maxLearners, Instant createdAt) {

	public boolean codeOpenAt(Instant now) {
		return now.isBefore(joinCodeExpiresAt);
	}
}
