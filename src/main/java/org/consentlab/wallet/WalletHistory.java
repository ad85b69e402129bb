package org.consentlab.wallet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consentlab.sandbox.SandboxPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder's own record of presentation requests: who learned what, when, or who was refused. */
@Service
public class WalletHistory {

	/** What the holder did with a request. */
	public enum Outcome {

		/** Sent, and the verifier accepted the presentation. */
		ACCEPTED,
		/** Sent, and the verifier refused it. */
		REFUSED,
		/** The holder declined to share anything. */
		DECLINED
	}

	/** One entry; {@code claims} is the comma-separated list of claims sent (empty when declined). */
	public record Entry(String verifierName, String clientId, String claims, Outcome outcome, Instant at) {}

	/** The longest address kept for showing an answer again (the column's size). */
	private static final int MAX_REDIRECT_URI = 2000;

	private final JdbcClient jdbc;

	WalletHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> of(long accountId) {
		return jdbc.sql("SELECT VERIFIER_NAME, CLIENT_ID, CLAIMS, OUTCOME, CREATED_AT FROM WALLET_PRESENTATION "
						+ "WHERE ACCOUNT_ID = ? ORDER BY ID DESC")
				.param(accountId)
				.query((rs, row) -> new Entry(
						rs.getString(1),
						rs.getString(2),
						rs.getString(3),
						Outcome.valueOf(rs.getString(4)),
						rs.getTimestamp(5).toInstant()))
				.list();
	}

	/**
	 * Records an answer; {@code redirectUri} is where the verifier sent the browser next (null when
	 * it named none, or the address is too long to keep).
	 */
	@Transactional
	void record(long accountId, ConsentRequest request, List<String> claims, Outcome outcome, String redirectUri) {
		jdbc.sql("INSERT INTO WALLET_PRESENTATION (ACCOUNT_ID, VERIFIER_NAME, CLIENT_ID, CLAIMS, OUTCOME, CREATED_AT,"
						+ " REQUEST_KEY, REDIRECT_URI) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(
						accountId,
						request.verifierName(),
						request.clientId(),
						String.join(", ", claims),
						outcome.name(),
						Timestamp.from(Instant.now()),
						requestKey(request),
						redirectUri != null && redirectUri.length() <= MAX_REDIRECT_URI ? redirectUri : null)
				.update();
	}

	/**
	 * The holder's earlier answer to this very request (same verifier, same nonce) that the verifier
	 * took: accepted, or declined. A refused answer is not one: the holder may try again.
	 */
	Optional<Answer> answered(long accountId, ConsentRequest request) {
		return jdbc.sql("SELECT CLAIMS, OUTCOME, REDIRECT_URI, CREATED_AT FROM WALLET_PRESENTATION"
						+ " WHERE ACCOUNT_ID = ? AND REQUEST_KEY = ? AND OUTCOME IN ('ACCEPTED', 'DECLINED')"
						+ " ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY")
				.params(accountId, requestKey(request))
				.query((rs, row) -> new Answer(
						rs.getString(1).isEmpty()
								? List.of()
								: List.of(rs.getString(1).split(", ")),
						Outcome.valueOf(rs.getString(2)),
						rs.getString(3),
						rs.getTimestamp(4).toInstant()))
				.optional();
	}

	/** An answer as recorded: what was sent, the verdict, where the browser went next, and when. */
	record Answer(List<String> claims, Outcome outcome, String redirectUri, Instant at) {}

	/** The request's client id and nonce: one answer per request (OpenID4VP 1.0 §14.1). */
	private static String requestKey(ConsentRequest request) {
		return RepeatKeys.of(request.clientId(), request.request().nonce());
	}

	/** The wallet's record of what it presented to whom. */
	@Component
	static class Part implements SandboxPart {

		private final JdbcClient jdbc;

		Part(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String id() {
			return "wallet.presentations";
		}

		@Override
		public void clear(long accountId) {
			jdbc.sql("DELETE FROM WALLET_PRESENTATION WHERE ACCOUNT_ID = ?")
					.param(accountId)
					.update();
		}
	}
}
