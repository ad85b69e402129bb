package org.consentlab.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start for want of the right key-encryption key as two sentences, not a stack trace. */
class KeyEncryptionFailureAnalyzer extends AbstractFailureAnalyzer<KeyEncryptionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KeyEncryptionException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
