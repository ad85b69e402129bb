package org.consentlab.credential.oid4vp;

import java.net.URI;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.dcql.DcqlQuery;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.x509.CertificateChain;

/**
 * An OpenID4VP 1.0 request passed through the W3C Digital Credentials API (Appendix A), in the one
 * shape this app speaks: signed, as a JWS in Compact Serialization under the {@code request} member
 * of the call's data (A.3.2.1), with an {@code x509_hash:} client identifier, the origins it may be
 * used from in {@code expected_origins} (A.2), and the answer encrypted to an ephemeral key in
 * {@code client_metadata} with response mode {@code dc_api.jwt} (A.2, §8.3). There is no
 * {@code response_uri} and no {@code state}: the browser hands the answer back to the page that
 * asked, and the platform tells the wallet that page's origin.
 *
 * @param expectedOrigins each an origin ({@code scheme://host[:port]}), compared as strings (A.2)
 */
public record DcApiRequest(
		String nonce,
		DcqlQuery dcqlQuery,
		ClientMetadata clientMetadata,
		List<String> expectedOrigins,
		List<VerifierInfo> verifierInfo) {

	private static final int MAX_ORIGINS = 8;

	public DcApiRequest {
		Objects.requireNonNull(nonce, Oid4vp.NONCE);
		Objects.requireNonNull(dcqlQuery, Oid4vp.DCQL_QUERY);
		Objects.requireNonNull(clientMetadata, Oid4vp.CLIENT_METADATA);
		expectedOrigins = List.copyOf(expectedOrigins);
		if (expectedOrigins.isEmpty() || expectedOrigins.size() > MAX_ORIGINS) {
			throw new IllegalArgumentException("expected_origins holds one to " + MAX_ORIGINS + " origins");
		}
		for (String origin : expectedOrigins) {
			if (!isWebOrigin(origin)) {
				throw new IllegalArgumentException(origin + " is not an https or http origin");
			}
		}
		verifierInfo = List.copyOf(verifierInfo);
	}

	/**
	 * The audience a presentation over the DC API names, even for a signed request: the origin
	 * prefixed with {@code origin:} (Appendix A.4, §5.9.3), never the client identifier.
	 */
	public static String audience(String origin) {
		return Oid4vp.ORIGIN_PREFIX + origin;
	}

	/** The request parameters as claims of the request object (A.3.2); {@code client_id} is added by signing. */
	public Map<String, Object> toClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(Oid4vp.RESPONSE_TYPE, Oid4vp.VP_TOKEN);
		claims.put(Oid4vp.RESPONSE_MODE, Oid4vp.DC_API_JWT);
		claims.put(Oid4vp.NONCE, nonce);
		claims.put(Oid4vp.EXPECTED_ORIGINS, expectedOrigins);
		claims.put(Oid4vp.CLIENT_METADATA, clientMetadata.toMap());
		claims.put(
				Oid4vp.DCQL_QUERY,
				JsonMembers.parse(
								dcqlQuery.toJson(),
								DcqlQuery.MAX_LENGTH,
								12,
								OAuthError.INVALID_REQUEST,
								Oid4vp.DCQL_QUERY)
						.asMap());
		if (!verifierInfo.isEmpty()) {
			claims.put(
					Oid4vp.VERIFIER_INFO,
					verifierInfo.stream().map(VerifierInfo::toMap).toList());
		}
		return claims;
	}

	/** The signed request object (A.3.2.1), by the verifier's access certificate ({@link SignedRequest#sign}). */
	public String sign(PrivateKey leafKey, CertificateChain chain) {
		return SignedRequest.sign(toClaims(), leafKey, chain);
	}

	/**
	 * One entry of {@code digital.requests} for {@code navigator.credentials.get} (W3C Digital
	 * Credentials API §2.3): the protocol {@code openid4vp-v1-signed} (A.1) and the signed request.
	 */
	public static String digitalRequest(String signedRequest) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put(DigitalCredentials.PROTOCOL, Oid4vp.DC_API_SIGNED);
		entry.put(DigitalCredentials.DATA, Map.of(Oid4vp.REQUEST, signedRequest));
		return Json.write(entry);
	}

	/**
	 * The wallet's reading of a verified request object's claims (A.2): a {@code vp_token} asked
	 * for with {@code dc_api.jwt}, a nonce, a DCQL query, the key to encrypt to and the origins.
	 */
	public static DcApiRequest read(JsonMembers claims) {
		if (!Oid4vp.VP_TOKEN.equals(claims.string(Oid4vp.RESPONSE_TYPE))) {
			throw claims.fault(Oid4vp.RESPONSE_TYPE, "is not vp_token");
		}
		if (!Oid4vp.DC_API_JWT.equals(claims.string(Oid4vp.RESPONSE_MODE))) {
			throw claims.fault(Oid4vp.RESPONSE_MODE, "is not dc_api.jwt");
		}
		List<String> origins = claims.strings(Oid4vp.EXPECTED_ORIGINS);
		if (origins.isEmpty()
				|| origins.size() > MAX_ORIGINS
				|| !origins.stream().allMatch(DcApiRequest::isWebOrigin)) {
			throw claims.fault(Oid4vp.EXPECTED_ORIGINS, "is not a list of one to " + MAX_ORIGINS + " web origins");
		}
		List<VerifierInfo> infos = claims.optionalObjects(Oid4vp.VERIFIER_INFO).orElse(List.of()).stream()
				.map(VerifierInfo::read)
				.toList();
		return new DcApiRequest(
				claims.string(Oid4vp.NONCE),
				DcqlQuery.parse(Json.write(claims.object(Oid4vp.DCQL_QUERY).asMap())),
				ClientMetadata.read(claims.object(Oid4vp.CLIENT_METADATA)),
				origins,
				infos);
	}

	/**
	 * The wallet's origin check (A.2): the origin the platform reports must equal one of
	 * {@code expected_origins}, compared as plain strings, else {@code invalid_request}. It stops a
	 * site from replaying a request it copied from the verifier it pretends to be.
	 */
	public void requireOrigin(String origin) {
		if (origin == null || !expectedOrigins.contains(origin)) {
			throw MalformedMessageException.invalid(
					Oid4vp.EXPECTED_ORIGINS, "does not name the origin " + origin + " the request came from");
		}
	}

	/**
	 * Whether {@code text} is an origin as a browser serialises it: {@code https} or {@code http}
	 * (A.2 forbids the unsafe schemes), a host, an optional port, and nothing after.
	 */
	static boolean isWebOrigin(String text) {
		if (text == null || text.length() > 512) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					&& uri.getHost() != null
					&& uri.getRawUserInfo() == null
					&& (uri.getRawPath() == null || uri.getRawPath().isEmpty())
					&& uri.getRawQuery() == null
					&& uri.getRawFragment() == null;
		} catch (java.net.URISyntaxException ex) {
			return false;
		}
	}
}
