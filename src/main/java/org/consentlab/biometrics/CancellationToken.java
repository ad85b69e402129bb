package org.consentlab.biometrics;

/**
 * Cooperative cancellation for a long search: the engine checks the token once per chunk of the
 * gallery, so a cancelled search stops within one chunk and never holds up other searches.
 */
public final class CancellationToken {

	private static final CancellationToken NEVER = new CancellationToken();

	private volatile boolean cancelled;

	/** A token nobody cancels, for callers that need no cancellation. */
	public static CancellationToken none() {
		return NEVER;
	}

	/** Asks the search to stop at its next chunk boundary. */
	public void cancel() {
		if (this != NEVER) {
			this.cancelled = true;
		}
	}

	public boolean isCancelled() {
		return this.cancelled;
	}
}
