package org.consentlab.verifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.oid4vp.ClientMetadata;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.RequestObject;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.registration.RegistrationCertificate;
import org.consentlab.trust.AccessCredentials;
import org.consentlab.trust.ClassroomTrust;
import org.consentlab.web.Loopback;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a verifier's requests in both modes. Signed (OpenID4VP 1.0 §5, §5.10, HAIP 1.0): a request
 * object with {@code client_id = x509_hash:…} of the verifier's access certificate, its chain in
 * {@code x5c}, the registrar's registration certificate in {@code verifier_info} (§5.11), and
 * {@code direct_post.jwt} to the transaction's own key (§8.3.1); the link carries only
 * {@code client_id} and {@code request_uri}. Unsigned: the request by value under
 * {@code redirect_uri:}, with an unsigned registration the verifier writes itself.
 */
@Component
class SignedRequests {

	private final ClassroomTrust trust;

	private final ResponseKeys keys;

	private final Loopback loopback;

	private final MessageSource messages;

	SignedRequests(ClassroomTrust trust, ResponseKeys keys, Loopback loopback, MessageSource messages) {
		this.trust = trust;
		this.keys = keys;
		this.loopback = loopback;
		this.messages = messages;
	}

	/** The client identifier of a transaction in {@code mode} (§5.9.3). */
	String clientId(String verifierId, RequestMode mode) {
		return mode == RequestMode.SIGNED
				? access(verifierId).clientId().toString()
				: Oid4vp.REDIRECT_URI_PREFIX + responseUri(verifierId);
	}

	String responseUri(String verifierId) {
		return loopback.publicUrl(VerifierRoutes.of(VerifierRoutes.RESPONSE, verifierId));
	}

	/**
	 * The signed request object of {@code tx}, echoing {@code walletNonce} when the wallet sent one
	 * (§5.10); empty when the transaction has no key any more (it was decided).
	 */
	Optional<String> requestObject(VerifierProfile profile, Transaction tx, String walletNonce) {
		AccessCredentials access = access(profile.id());
		String registration = trust.signedRegistration(profile.id())
				.orElseThrow(() -> new IllegalStateException("verifier " + profile.id() + " is not registered"));
		return keys.metadata(tx).map(metadata -> {
			RequestObject request = object(profile, tx, access.clientId(), registration, metadata);
			return SignedRequest.sign(
					(walletNonce == null ? request : request.withWalletNonce(walletNonce)).toClaims(),
					access.key(),
					access.chain());
		});
	}

	/** The link's query parameters of a signed request: only the client id and where to fetch the rest. */
	String byReference(Transaction tx, String endpoint) {
		return endpoint + "?" + Oid4vp.CLIENT_ID + "=" + encode(tx.clientId()) + "&" + Oid4vp.REQUEST_URI + "="
				+ encode(requestUri(tx));
	}

	/** Where the signed request object of {@code tx} is fetched (§5.10). */
	String requestUri(Transaction tx) {
		return loopback.publicUrl(VerifierRoutes.requestObject(tx.verifierId(), tx.state()));
	}

	/** The verifier's certificate chain as {@code x5c} carries it: leaf first, no key. */
	List<String> accessChain(String verifierId) {
		return access(verifierId).chain().toX5c();
	}

	/** The unsigned request of {@code tx}, by value, named and explained in {@code locale}. */
	org.consentlab.credential.oid4vp.AuthorizationRequest unsigned(
			VerifierProfile profile, Transaction tx, Locale locale) {
		return AuthorizationRequest.of(
				profile,
				tx,
				responseUri(profile.id()),
				messages.getMessage(profile.nameKey(), null, locale),
				messages.getMessage(profile.purposeKey(), null, locale));
	}

	private RequestObject object(
			VerifierProfile profile, Transaction tx, ClientId clientId, String registration, ClientMetadata metadata) {
		return RequestObject.encrypted(
				clientId,
				responseUri(profile.id()),
				tx.nonce(),
				tx.state(),
				AuthorizationRequest.dcql(profile),
				List.of(RegistrationCertificate.toVerifierInfo(registration)),
				metadata);
	}

	private AccessCredentials access(String verifierId) {
		return trust.accessCredentials(verifierId)
				.orElseThrow(() -> new IllegalStateException("verifier " + verifierId + " has no access certificate"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
