package org.consentlab.wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consentlab.account.Account;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.AuthorizationResponse;
import org.consentlab.credential.oid4vp.DirectPostResponse;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.VpToken;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.sdjwt.KeyBindingJwt;
import org.consentlab.credential.sdjwt.Presentation;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The wallet's answer to an OpenID4VP 1.0 request, after consent: the disclosures of the chosen
 * claims only (RFC 9901 §7.2), a Key Binding JWT signed with the credential's holder key whose
 * {@code aud} is the verifier's client id and {@code nonce} its nonce (OpenID4VP 1.0 §B.3.6), sent
 * as {@code vp_token} by {@code direct_post} (§8.2). Or, when the holder declines, the error
 * response {@code access_denied} (§8.5).
 */
@Component
class PresentCredential {

	/** What happened: the claims sent, the verifier's verdict and where it sends the browser next. */
	public record Result(WalletHistory.Outcome outcome, List<String> claims, String redirectUri, String trace) {}

	private final Loopback loopback;

	private final WalletHistory history;

	PresentCredential(Loopback loopback, WalletHistory history) {
		this.loopback = loopback;
		this.history = history;
	}

	Result present(Account learner, ConsentRequest request, HeldCredential credential, List<String> optionalChosen) {
		List<String> claims = new ArrayList<>();
		for (ConsentRequest.Claim claim : request.claims()) {
			if (claim.required() || optionalChosen.contains(claim.id())) {
				claims.add(claim.path());
			}
		}
		SdJwt selected;
		try {
			selected = Presentation.select(
					credential.parsed(), claims.stream().map(ClaimPath::parse).toList(), 32);
		} catch (MalformedCredentialException ex) {
			throw new WalletException("wallet.error.malformed", ex.code().name(), "");
		}
		AuthorizationRequest authorization = request.request();
		KeyBindingJwt kb = KeyBindingJwt.create(
				selected,
				credential.holderKey(),
				authorization.nonce(),
				authorization.clientId(),
				Instant.now(),
				CryptoProvider.SIGNING);
		VpToken vpToken =
				VpToken.of(request.query().id(), selected.withKeyBinding(kb).serialize());
		ProtocolClient client = new ProtocolClient(loopback);
		client.note(
				"chose the disclosures of " + String.join(", ", claims)
						+ " and signed a key binding JWT with the holder key (aud = " + Oid4vp.CLIENT_ID + ", nonce = "
						+ Oid4vp.NONCE + ")",
				"");
		try {
			DirectPostResponse reply = client.postForm(
					authorization.responseUri(),
					AuthorizationResponse.presenting(authorization.state(), vpToken)
							.toForm(),
					DirectPostResponse::parse);
			history.record(learner.id(), request, claims, WalletHistory.Outcome.ACCEPTED);
			return new Result(WalletHistory.Outcome.ACCEPTED, claims, reply.redirectUri(), client.trace());
		} catch (WalletException refused) {
			history.record(learner.id(), request, claims, WalletHistory.Outcome.REFUSED);
			return new Result(WalletHistory.Outcome.REFUSED, claims, null, refused.trace());
		}
	}

	Result decline(Account learner, ConsentRequest request) {
		ProtocolClient client = new ProtocolClient(loopback);
		history.record(learner.id(), request, List.of(), WalletHistory.Outcome.DECLINED);
		try {
			client.postForm(
					request.request().responseUri(),
					AuthorizationResponse.refusing(request.request().state(), OAuthError.ACCESS_DENIED)
							.toForm(),
					DirectPostResponse::parse);
		} catch (WalletException unreachable) {
			// the refusal stands in the holder's history even if the verifier cannot be told
		}
		return new Result(WalletHistory.Outcome.DECLINED, List.of(), null, client.trace());
	}
}
