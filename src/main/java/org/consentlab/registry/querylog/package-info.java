/**
 * Lab L2: the query log that records every query, allowed or refused ({@link
 * org.consentlab.registry.querylog.QueryLog}), the Registry answering queries
 * ({@link org.consentlab.registry.querylog.AnswerQuery}, yes/no or e-KYC, {@code /sources#answer-modes}), a
 * simulated week of checkpoints and its chart, and the analyst's view that turns the log into
 * someone's whereabouts: what makes an ID system a tracking system (Sources & methods, {@code /sources#answer-modes}).
 */
@NamedInterface("querylog")
package org.consentlab.registry.querylog;

import org.springframework.modulith.NamedInterface;
