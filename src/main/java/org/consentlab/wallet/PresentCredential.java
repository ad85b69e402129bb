package org.consentlab.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consentlab.account.Account;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.jose.MalformedCredentialException;
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
	public record Result(WalletHistory.Outcome outcome, List<String> claims, String redirectUri, String trace) {
	}

	private final Loopback loopback;

	private final WalletHistory history;

	PresentCredential(Loopback loopback, WalletHistory history) {
		this.loopback = loopback;
		this.history = history;
	}

	Result present(Account learner, PresentationRequest request, HeldCredential credential, List<String> optionalChosen) {
		List<String> claims = new ArrayList<>();
		for (DcqlCredentialQuery.Claim claim : request.query().claims()) {
			if (claim.required() || optionalChosen.contains(claim.id())) {
				claims.add(claim.path());
			}
		}
		SdJwt selected;
		try {
			selected = Presentation.select(credential.parsed(), claims.stream().map(ClaimPath::parse).toList(), 32);
		}
		catch (MalformedCredentialException ex) {
			throw new WalletException("wallet.error.malformed", ex.code().name(), "");
		}
		KeyBindingJwt kb = KeyBindingJwt.create(selected, credential.holderKey(), request.nonce(), request.clientId(),
				Instant.now(), CryptoProvider.SIGNING);
		String vpToken = Json.write(Map.of(request.query().id(), List.of(selected.withKeyBinding(kb).serialize())));
		ProtocolClient client = new ProtocolClient(loopback);
		client.note("chose the disclosures of " + String.join(", ", claims)
				+ " and signed a key binding JWT with the holder key (aud = client_id, nonce = nonce)", "");
		try {
			Map<String, Object> reply = client.postForm(request.responseUri(),
					"vp_token=" + encode(vpToken) + "&state=" + encode(request.state()));
			history.record(learner.id(), request, claims, WalletHistory.Outcome.ACCEPTED);
			Object redirect = reply.get("redirect_uri");
			return new Result(WalletHistory.Outcome.ACCEPTED, claims, redirect instanceof String ? (String) redirect : null,
					client.trace());
		}
		catch (WalletException refused) {
			history.record(learner.id(), request, claims, WalletHistory.Outcome.REFUSED);
			return new Result(WalletHistory.Outcome.REFUSED, claims, null, refused.trace());
		}
	}

	Result decline(Account learner, PresentationRequest request) {
		ProtocolClient client = new ProtocolClient(loopback);
		history.record(learner.id(), request, List.of(), WalletHistory.Outcome.DECLINED);
		try {
			client.postForm(request.responseUri(), "error=access_denied&state=" + encode(request.state()));
		}
		catch (WalletException unreachable) {
			// the refusal stands in the holder's history even if the verifier cannot be told
		}
		return new Result(WalletHistory.Outcome.DECLINED, List.of(), null, client.trace());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
