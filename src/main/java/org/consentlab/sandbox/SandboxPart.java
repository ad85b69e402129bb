package org.consentlab.sandbox;

/**
 * One thing a world keeps for a learner, which a lab reset can clear: an enrolment, a query log, the
 * wallet's credentials. Each world declares its parts as beans; a lab's front matter names the parts
 * its reset clears, by {@link #id()}, and start-up fails on a name no part answers to. A world never
 * needs to know which lab owns its state.
 */
public interface SandboxPart {

	/** A stable name such as {@code registry.enrolment}: lower case, the world first, then a dot. */
	String id();

	/** Forgets what this part holds for one learner, in the caller's transaction. */
	void clear(long accountId);
}
