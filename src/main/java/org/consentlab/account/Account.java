package org.consentlab.account;

import java.time.Instant;

/**
 * A person who uses ConsentLab. The seed makes the learner's sandbox their own: their persona, keys
 * and every computed answer derive from it, so answers cannot be passed around a class.
 */
public record Account(long id, String username, Role role, Long classroomId, long seed, Instant createdAt) {

	public boolean isInstructor() {
		return role == Role.INSTRUCTOR;
	}
}
