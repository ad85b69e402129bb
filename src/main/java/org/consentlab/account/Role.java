package org.consentlab.account;

/** What a person may do in ConsentLab. Spring Security sees these as authorities {@code ROLE_<name>}. */
public enum Role {

	/** Works through labs in their own sandbox; sees nothing of anyone else's. */
	LEARNER,

	/** Runs classes: sees the progress of their classes' learners, resets, hides labs, exports. */
	INSTRUCTOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
