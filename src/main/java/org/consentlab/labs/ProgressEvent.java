package org.consentlab.labs;

/**
 * Something happened to a learner's progress. Published after the change is committed; the
 * classroom dashboard listens. {@code classroomId} is null in solo mode.
 */
public sealed interface ProgressEvent {

	long accountId();

	Long classroomId();

	/** An answer was checked (passed or not). */
	record TaskAttempted(long accountId, Long classroomId, String labId, String taskId, boolean passed)
			implements ProgressEvent {}

	/** A hint was shown. */
	record HintRevealed(long accountId, Long classroomId, String labId, String taskId, int hintsShown)
			implements ProgressEvent {}

	/**
	 * A learner's lab was reset: their attempts and hints are gone, and so are the sandbox parts the
	 * lab names. For the dashboard only: the worlds are cleared by {@code Sandboxes}, not by this event.
	 */
	record LabReset(long accountId, Long classroomId, String labId) implements ProgressEvent {}
}
