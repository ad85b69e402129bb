package org.consentlab.wallet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oid4vp.AuthorizationRequest;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.oid4vp.RequestObjectException;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.oid4vp.VerifierInfo;
import org.consentlab.credential.oid4vp.VerifierRegistration;
import org.consentlab.credential.registration.OverAsking;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.credential.registration.RegistrationException;
import org.consentlab.trust.ClassroomTrust;
import org.consentlab.web.BadInputException;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * How the wallet reads a presentation request before it asks the learner anything. A request by
 * reference ({@code client_id} and {@code request_uri}, OpenID4VP 1.0 §5.10) is fetched; a signed
 * request object, fetched or passed by value ({@code request}, RFC 9101 §5.1), must pass every
 * check of {@link SignedRequest#verify} against the classroom root, or the wallet refuses it with
 * the check that failed ({@link RequestObjectException}). Then the registration certificate in
 * {@code verifier_info} (§5.11) is verified and must be bound to the request's signer; the
 * consent screen takes the verifier's name and purpose from it, never from the request. An
 * unsigned request by value is still read, as an unverified requester.
 */
@Component
class ReadRequest {

	private final ClassroomTrust trust;

	private final Loopback loopback;

	ReadRequest(ClassroomTrust trust, Loopback loopback) {
		this.trust = trust;
		this.loopback = loopback;
	}

	/**
	 * @throws RequestObjectException when a signed request fails a check
	 * @throws BadInputException when the request is malformed
	 * @throws WalletException when the request object could not be fetched
	 */
	ConsentRequest read(Map<String, String> parameters) {
		try {
			String requestUri = parameters.get(Oid4vp.REQUEST_URI);
			String byValue = parameters.get(Oid4vp.REQUEST);
			if (requestUri == null && byValue == null) {
				return unsigned(AuthorizationRequest.parse(parameters));
			}
			String clientId = parameters.get(Oid4vp.CLIENT_ID);
			if (clientId == null || clientId.isEmpty()) {
				throw MalformedMessageException.invalid(Oid4vp.CLIENT_ID, "is missing");
			}
			String object = byValue != null ? byValue : fetch(requestUri);
			return signed(object, clientId);
		} catch (MalformedMessageException ex) {
			throw new BadInputException(ex.member(), "wallet.request.invalid");
		} catch (IllegalArgumentException ex) {
			throw new BadInputException(Oid4vp.DCQL_QUERY, "wallet.request.invalid");
		}
	}

	private String fetch(String requestUri) {
		if (requestUri.length() > AuthorizationRequest.MAX_PARAMETER) {
			throw MalformedMessageException.invalid(Oid4vp.REQUEST_URI, "is too long");
		}
		// §5.10.1: any HTTP error ends the process; ProtocolClient turns it into a WalletException
		return new ProtocolClient(loopback).get(requestUri, Function.identity());
	}

	private ConsentRequest signed(String object, String clientId) {
		Instant now = Instant.now();
		SignedRequest.Verified verified = SignedRequest.verify(object, trust.roots(), now, clientId);
		RequestObject request = RequestObject.read(verified.claims(), verified.clientId());
		if (request.encryptsResponse() && request.clientMetadata().agreedEnc().isEmpty()) {
			throw MalformedMessageException.invalid(
					Oid4vp.ENCRYPTED_RESPONSE_ENC_VALUES_SUPPORTED, "names no content encryption this wallet supports");
		}
		Map<String, String> carried = new LinkedHashMap<>();
		carried.put(Oid4vp.CLIENT_ID, clientId);
		carried.put(Oid4vp.REQUEST, object);
		Optional<VerifierInfo> info = request.verifierInfo().stream()
				.filter(each -> RegistrationCertificate.VERIFIER_INFO_FORMAT.equals(each.format()))
				.findFirst();
		if (info.isEmpty()) {
			return unverified(request, carried, ConsentRequest.Reason.NOT_REGISTERED, "");
		}
		try {
			RegistrationCertificate registration = RegistrationCertificate.verify(
					info.get()
							.text()
							.orElseThrow(() -> new RegistrationException(
									RegistrationException.Failure.MALFORMED, "data is not a signed JWT")),
					trust.roots(),
					now);
			registration.requireBoundTo(verified.chain());
			return new ConsentRequest(
					request, carried, registration, null, null, OverAsking.of(request.dcqlQuery(), registration));
		} catch (RegistrationException ex) {
			return unverified(
					request,
					carried,
					ConsentRequest.Reason.REGISTRATION_REFUSED,
					ex.failure().name());
		}
	}

	private static ConsentRequest unverified(
			RequestObject request, Map<String, String> carried, ConsentRequest.Reason reason, String detail) {
		return new ConsentRequest(
				request, carried, null, new ConsentRequest.Unverified(reason, detail), null, List.of());
	}

	/** An unsigned request by value: whatever name it gives itself is kept, as a claim nobody checked. */
	private static ConsentRequest unsigned(AuthorizationRequest request) {
		String claimed;
		try {
			claimed = VerifierRegistration.from(request.verifierInfo())
					.map(VerifierRegistration::name)
					.orElse(null);
		} catch (MalformedMessageException ex) {
			claimed = null;
		}
		return new ConsentRequest(
				RequestObject.of(request),
				request.toParameters(),
				null,
				new ConsentRequest.Unverified(ConsentRequest.Reason.UNSIGNED, ""),
				claimed,
				List.of());
	}
}
