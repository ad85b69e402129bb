package org.consentlab.labs;

import org.consentlab.support.WebClient;

/**
 * How a learner solves one task, using only what the app shows them: a test-side twin of each
 * {@link TaskCheck}. The solver test requires one for every task of every lab.
 */
interface TaskSolver {

	/** Does what the lab asks before answering (open a page, present a credential ...). */
	default void prepare(WebClient learner) {}

	/** An answer a check must reject, with the learner's state as {@link #prepare} left it. */
	String wrong(WebClient learner);

	/** The right answer, worked out from the pages the learner can see. */
	String right(WebClient learner);
}
