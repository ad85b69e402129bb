package org.consentlab.credential.oid4vp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;

/**
 * The parameters of an OpenID4VP 1.0 authorization request as a wallet acts on them (§5), in either
 * shape this app speaks: the claims of a signed request object fetched from {@code request_uri}
 * (§5.10, RFC 9101), answered with {@code direct_post.jwt} to the key in {@code client_metadata}
 * (§8.3.1); or an unsigned request passed by value ({@link AuthorizationRequest}), answered with
 * plain {@code direct_post} (§8.2).
 *
 * @param clientMetadata the verifier's encryption key; present exactly when the answer is encrypted
 * @param walletNonce the {@code wallet_nonce} the object echoes after a POST to its URI (§5.10), or null
 */
public record RequestObject(
		ClientId clientId,
		String responseMode,
		String responseUri,
		String nonce,
		String state,
		DcqlQuery dcqlQuery,
		List<VerifierInfo> verifierInfo,
		ClientMetadata clientMetadata,
		String walletNonce) {

	private static final int DCQL_DEPTH = 8;

	public RequestObject {
		Objects.requireNonNull(clientId, Oid4vp.CLIENT_ID);
		if (!Oid4vp.DIRECT_POST.equals(responseMode) && !Oid4vp.DIRECT_POST_JWT.equals(responseMode)) {
			throw new IllegalArgumentException("response_mode is direct_post or direct_post.jwt");
		}
		if (Oid4vp.DIRECT_POST_JWT.equals(responseMode) != (clientMetadata != null)) {
			throw new IllegalArgumentException("an encrypted response needs client_metadata, a plain one none");
		}
		if (!AuthorizationRequest.isHttpUrl(responseUri)) {
			throw new IllegalArgumentException("response_uri is an https or http URL");
		}
		Objects.requireNonNull(nonce, Oid4vp.NONCE);
		Objects.requireNonNull(state, Oid4vp.STATE);
		Objects.requireNonNull(dcqlQuery, Oid4vp.DCQL_QUERY);
		verifierInfo = List.copyOf(verifierInfo);
	}

	/** The request of a signed request object: {@code direct_post.jwt} to a fresh key (§8.3.1). */
	public static RequestObject encrypted(
			ClientId clientId,
			String responseUri,
			String nonce,
			String state,
			DcqlQuery query,
			List<VerifierInfo> verifierInfo,
			ClientMetadata metadata) {
		return new RequestObject(
				clientId, Oid4vp.DIRECT_POST_JWT, responseUri, nonce, state, query, verifierInfo, metadata, null);
	}

	/** An unsigned request passed by value, as the wallet acts on it. */
	public static RequestObject of(AuthorizationRequest unsigned) {
		return new RequestObject(
				ClientId.parse(unsigned.clientId()),
				Oid4vp.DIRECT_POST,
				unsigned.responseUri(),
				unsigned.nonce(),
				unsigned.state(),
				unsigned.dcqlQuery(),
				unsigned.verifierInfo(),
				null,
				null);
	}

	/** The same request echoing the {@code wallet_nonce} of a POST to its URI (§5.10). */
	public RequestObject withWalletNonce(String value) {
		return new RequestObject(
				clientId, responseMode, responseUri, nonce, state, dcqlQuery, verifierInfo, clientMetadata, value);
	}

	/** Whether the answer goes encrypted, as {@code direct_post.jwt}. */
	public boolean encryptsResponse() {
		return clientMetadata != null;
	}

	/**
	 * Reads the claims of a verified request object (§5, §5.10.1): {@code response_type=vp_token},
	 * {@code direct_post.jwt} with its {@code client_metadata}, or {@code direct_post}; a failure
	 * names the claim at fault.
	 */
	public static RequestObject read(JsonMembers claims, ClientId clientId) {
		if (!Oid4vp.VP_TOKEN.equals(claims.string(Oid4vp.RESPONSE_TYPE))) {
			throw claims.fault(Oid4vp.RESPONSE_TYPE, "is not vp_token");
		}
		String mode = claims.string(Oid4vp.RESPONSE_MODE);
		if (!Oid4vp.DIRECT_POST.equals(mode) && !Oid4vp.DIRECT_POST_JWT.equals(mode)) {
			throw claims.fault(Oid4vp.RESPONSE_MODE, "is not direct_post or direct_post.jwt");
		}
		String responseUri = claims.string(Oid4vp.RESPONSE_URI);
		if (!AuthorizationRequest.isHttpUrl(responseUri)) {
			throw claims.fault(Oid4vp.RESPONSE_URI, "is not an https or http URL");
		}
		ClientMetadata metadata =
				Oid4vp.DIRECT_POST_JWT.equals(mode) ? ClientMetadata.read(claims.object(Oid4vp.CLIENT_METADATA)) : null;
		DcqlQuery query =
				DcqlQuery.parse(Json.write(claims.object(Oid4vp.DCQL_QUERY).asMap()));
		List<VerifierInfo> infos = claims.optionalObjects(Oid4vp.VERIFIER_INFO).orElse(List.of()).stream()
				.map(VerifierInfo::read)
				.toList();
		return new RequestObject(
				clientId,
				mode,
				responseUri,
				claims.string(Oid4vp.NONCE),
				claims.string(Oid4vp.STATE),
				query,
				infos,
				metadata,
				claims.optionalString(Oid4vp.WALLET_NONCE).orElse(null));
	}

	/** The claims to sign (§5): every parameter, the DCQL query and client metadata as JSON objects. */
	public Map<String, Object> toClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(Oid4vp.RESPONSE_TYPE, Oid4vp.VP_TOKEN);
		claims.put(Oid4vp.RESPONSE_MODE, responseMode);
		claims.put(Oid4vp.CLIENT_ID, clientId.toString());
		claims.put(Oid4vp.RESPONSE_URI, responseUri);
		claims.put(Oid4vp.NONCE, nonce);
		claims.put(Oid4vp.STATE, state);
		claims.put(
				Oid4vp.DCQL_QUERY,
				JsonMembers.parse(
								dcqlQuery.toJson(),
								DcqlQuery.MAX_LENGTH,
								DCQL_DEPTH,
								OAuthError.INVALID_REQUEST,
								Oid4vp.DCQL_QUERY)
						.asMap());
		if (clientMetadata != null) {
			claims.put(Oid4vp.CLIENT_METADATA, clientMetadata.toMap());
		}
		if (!verifierInfo.isEmpty()) {
			claims.put(
					Oid4vp.VERIFIER_INFO,
					verifierInfo.stream().map(VerifierInfo::toMap).toList());
		}
		if (walletNonce != null) {
			claims.put(Oid4vp.WALLET_NONCE, walletNonce);
		}
		return claims;
	}

	/**
	 * The response parameters (§8.1, §8.2) the wallet encrypts (§8.3) or posts as a form: the
	 * request's {@code state} with the {@code vp_token}, or with the {@code error}.
	 */
	public static Map<String, Object> responsePayload(AuthorizationResponse response) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(Oid4vp.STATE, response.state());
		if (response.vpToken() != null) {
			payload.put(Oid4vp.VP_TOKEN, response.vpToken().presentations());
		} else {
			payload.put(OAuthError.ERROR, response.error().code());
		}
		return payload;
	}

	/** Reads a decrypted response payload back into a response (§8.3.1); a failure names the member. */
	public static AuthorizationResponse readResponse(JsonMembers payload) {
		String state = payload.string(Oid4vp.STATE);
		if (payload.has(OAuthError.ERROR)) {
			return AuthorizationResponse.refusing(
					state,
					OAuthError.of(payload.string(OAuthError.ERROR))
							.orElseThrow(() -> MalformedMessageException.invalid(
									OAuthError.ERROR, "is not a registered error code")));
		}
		return AuthorizationResponse.presenting(
				state, VpToken.parse(Json.write(payload.object(Oid4vp.VP_TOKEN).asMap())));
	}
}
