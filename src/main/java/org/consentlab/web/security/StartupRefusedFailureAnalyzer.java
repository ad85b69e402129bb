package org.consentlab.web.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start as two plain sentences (problem, action) instead of a stack trace. */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
