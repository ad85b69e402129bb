package org.consentlab.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consentlab.account.Account;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.DirectPostResponse;
import org.consentlab.credential.oid4vp.EncryptedResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The wallet's answer to an OpenID4VP 1.0 request, after consent: for each credential the learner
 * chose, the disclosures of the chosen claims only (RFC 9901 §7.2) and a Key Binding JWT signed with
 * that credential's holder key whose {@code aud} is the verifier's client id and {@code nonce} its
 * nonce (OpenID4VP 1.0 §B.3.6), together as the {@code vp_token} (§8.1). Sent encrypted to the
 * request's key with {@code direct_post.jwt} (§8.3.1) when the request asks for it, else by plain
 * {@code direct_post} (§8.2). Or, when the holder declines, the error {@code access_denied} (§8.5).
 */
@Component
class PresentCredential {

	/**
	 * What happened: the claims sent, the verifier's verdict and where it sends the browser next;
	 * {@code answeredAt} is set when this is an earlier answer shown again, and nothing was sent.
	 */
	public record Result(
			WalletHistory.Outcome outcome, List<String> claims, String redirectUri, String trace, Instant answeredAt) {

		Result(WalletHistory.Outcome outcome, List<String> claims, String redirectUri, String trace) {
			this(outcome, claims, redirectUri, trace, null);
		}
	}

	private final Loopback loopback;

	private final WalletHistory history;

	PresentCredential(Loopback loopback, WalletHistory history) {
		this.loopback = loopback;
		this.history = history;
	}

	/**
	 * Presents {@code chosen} (credential query id to the held credential answering it) with their
	 * required claims and the optional ones whose {@link ConsentRequest.Claim#key()} is in {@code optionalKept}.
	 */
	Result present(
			Account learner, ConsentRequest request, Map<String, HeldCredential> chosen, List<String> optionalKept) {
		RequestObject authorization = request.request();
		Map<String, List<String>> presentations = new LinkedHashMap<>();
		List<String> sent = new ArrayList<>();
		ProtocolClient client = new ProtocolClient(loopback);
		for (Map.Entry<String, HeldCredential> each : chosen.entrySet()) {
			List<String> claims = new ArrayList<>();
			for (ConsentRequest.Claim claim :
					request.credential(each.getKey()).orElseThrow().claims()) {
				if (claim.required() || optionalKept.contains(claim.key())) {
					claims.add(claim.path());
				}
			}
			SdJwt selected;
			try {
				selected = Presentation.select(
						each.getValue().parsed(),
						claims.stream().map(ClaimPath::parse).toList(),
						32);
			} catch (MalformedCredentialException ex) {
				throw new WalletException("wallet.error.malformed", ex.code().name(), "");
			}
			KeyBindingJwt kb = KeyBindingJwt.create(
					selected,
					each.getValue().holderKey(),
					authorization.nonce(),
					authorization.clientId().toString(),
					Instant.now(),
					CryptoProvider.SIGNING);
			presentations.put(each.getKey(), List.of(selected.withKeyBinding(kb).serialize()));
			sent.addAll(claims);
			client.note(
					"chose the disclosures of " + String.join(", ", claims) + " for " + each.getKey()
							+ " and signed a key binding JWT with its holder key (aud = " + Oid4vp.CLIENT_ID
							+ ", nonce = " + Oid4vp.NONCE + ")",
					"");
		}
		try {
			DirectPostResponse reply = send(
					client,
					authorization,
					AuthorizationResponse.presenting(authorization.state(), new VpToken(presentations)));
			history.record(learner.id(), request, sent, WalletHistory.Outcome.ACCEPTED, reply.redirectUri());
			return new Result(WalletHistory.Outcome.ACCEPTED, sent, reply.redirectUri(), client.trace());
		} catch (WalletException refused) {
			history.record(learner.id(), request, sent, WalletHistory.Outcome.REFUSED, null);
			return new Result(WalletHistory.Outcome.REFUSED, sent, null, refused.trace());
		}
	}

	/**
	 * The answer already given to this request, shown again rather than sent twice: a consent form
	 * posted again after its answer was recorded (a retry after a lost connection, or the form sent
	 * again from the browser's history) would otherwise reach the verifier as a replay, which it must
	 * refuse (OpenID4VP 1.0 §14.1). Two posts at the very same moment may both send; the second is
	 * then refused, as before.
	 */
	Optional<Result> answeredBefore(Account learner, ConsentRequest request) {
		return history.answered(learner.id(), request).map(answer -> {
			ProtocolClient client = new ProtocolClient(loopback);
			client.note(
					"this request was answered at " + answer.at() + ": nothing sent, as a verifier takes one"
							+ " answer per request (OpenID4VP 1.0 §14.1)",
					"");
			return new Result(answer.outcome(), answer.claims(), answer.redirectUri(), client.trace(), answer.at());
		});
	}

	Result decline(Account learner, ConsentRequest request) {
		ProtocolClient client = new ProtocolClient(loopback);
		history.record(learner.id(), request, List.of(), WalletHistory.Outcome.DECLINED, null);
		try {
			send(
					client,
					request.request(),
					AuthorizationResponse.refusing(request.request().state(), OAuthError.ACCESS_DENIED));
		} catch (WalletException unreachable) {
			// the refusal stands in the holder's history even if the verifier cannot be told
		}
		return new Result(WalletHistory.Outcome.DECLINED, List.of(), null, client.trace());
	}

	/** Posts the answer: encrypted to the request's key when it asks for {@code direct_post.jwt}. */
	private static DirectPostResponse send(ProtocolClient client, RequestObject request, AuthorizationResponse answer) {
		if (!request.encryptsResponse()) {
			return client.postForm(request.responseUri(), answer.toForm(), DirectPostResponse::parse);
		}
		Map<String, Object> payload = RequestObject.responsePayload(answer);
		client.note(
				"encrypted the answer to the verifier's key for this request (ECDH-ES, "
						+ request.clientMetadata()
								.agreedEnc()
								.map(Object::toString)
								.orElse("?") + ")",
				answer.toForm());
		String jwe = EncryptedResponse.encrypt(payload, request.clientMetadata());
		return client.postForm(request.responseUri(), Oid4vp.RESPONSE + "=" + jwe, DirectPostResponse::parse);
	}
}
