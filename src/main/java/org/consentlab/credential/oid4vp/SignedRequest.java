package org.consentlab.credential.oid4vp;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.RequestObjectException.Failure;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.credential.x509.UntrustedCertificateException;

/**
 * A request object signed by a verifier's access certificate (OpenID4VP 1.0 §5, RFC 9101), with an
 * {@code x509_hash:} client identifier (§5.9.3) as HAIP 1.0 requires. The verifier signs its
 * request parameters as JWT claims, puts its chain in the {@code x5c} header, and the wallet
 * fetches the object from {@code request_uri}. {@link #verify} is the wallet's side: each check
 * that fails names itself.
 */
public final class SignedRequest {

	/** The longest request object read: a DCQL query and a registration certificate fit easily. */
	public static final int MAX_LENGTH = 64 * 1024;

	private static final int MAX_DEPTH = 12;

	private SignedRequest() {}

	/** What a wallet may believe after {@link #verify}: the claims, who signed them, and their identifier. */
	public record Verified(JsonMembers claims, CertificateChain chain, ClientId clientId) {}

	/**
	 * Signs {@code claims} with the leaf key of {@code chain}; sets {@code client_id} to the chain's
	 * {@code x509_hash:} identifier and {@code aud} to the static-discovery audience (§5.8).
	 */
	public static String sign(Map<String, Object> claims, PrivateKey leafKey, CertificateChain chain) {
		Map<String, Object> all = new LinkedHashMap<>(claims);
		all.put(Oid4vp.CLIENT_ID, ClientId.x509Hash(chain).toString());
		all.putIfAbsent(Oid4vp.AUD, Oid4vp.SELF_ISSUED_AUDIENCE);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
				.type(new JOSEObjectType(Oid4vp.REQUEST_OBJECT_TYPE))
				.x509CertChain(chain.toX5c().stream().map(Base64::new).toList())
				.build();
		JWSObject jws = new JWSObject(header, new Payload(Json.write(all)));
		try {
			jws.sign(CryptoProvider.SIGNING.configure(new ECDSASigner((ECPrivateKey) leafKey)));
		} catch (JOSEException ex) {
			throw new IllegalStateException("signing a request object failed", ex);
		}
		return jws.serialize();
	}

	/**
	 * The wallet's checks, in order (OpenID4VP 1.0 §5, §5.9.3): a signed JWS of type
	 * {@code oauth-authz-req+jwt} with ES256; an {@code x509_hash:} client identifier; a chain that
	 * leads to one of {@code roots} at {@code now}; a client identifier equal to the hash of the
	 * leaf; a signature by the leaf's key; and, when {@code outerClientId} is not null, the same
	 * client identifier as the link that carried the {@code request_uri} (RFC 9101 §5).
	 *
	 * @throws RequestObjectException naming the first check that failed
	 */
	public static Verified verify(
			String requestObject, Collection<X509Certificate> roots, Instant now, String outerClientId) {
		if (requestObject == null || requestObject.length() > MAX_LENGTH) {
			throw new RequestObjectException(Failure.MALFORMED, "missing or longer than " + MAX_LENGTH + " characters");
		}
		String[] parts = requestObject.split("\\.", -1);
		if (parts.length == 3 && parts[2].isEmpty() || parts.length == 2) {
			throw new RequestObjectException(Failure.NOT_SIGNED, "the signature is missing");
		}
		JWSObject jws;
		try {
			jws = JWSObject.parse(requestObject);
		} catch (ParseException ex) {
			if (isUnsecured(parts[0])) {
				throw new RequestObjectException(Failure.NOT_SIGNED, "alg is none");
			}
			throw new RequestObjectException(Failure.MALFORMED, "not a compact JWS");
		}
		JWSHeader header = jws.getHeader();
		if (header.getType() == null
				|| !Oid4vp.REQUEST_OBJECT_TYPE.equals(header.getType().getType())) {
			throw new RequestObjectException(Failure.WRONG_TYPE, "typ is " + header.getType());
		}
		if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
			throw new RequestObjectException(Failure.UNSUPPORTED_ALGORITHM, String.valueOf(header.getAlgorithm()));
		}
		JsonMembers claims;
		ClientId clientId;
		try {
			claims = JsonMembers.parse(
					jws.getPayload().toString(), MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST_OBJECT, "request");
			clientId = ClientId.parse(claims.string(Oid4vp.CLIENT_ID));
		} catch (MalformedMessageException ex) {
			throw new RequestObjectException(Failure.MALFORMED, ex.getMessage());
		}
		if (clientId.prefix() != ClientId.Prefix.X509_HASH) {
			throw new RequestObjectException(
					Failure.PREFIX_NOT_ACCEPTED, clientId.prefix().text() + " is not x509_hash:");
		}
		CertificateChain chain;
		try {
			List<Base64> x5c = header.getX509CertChain();
			chain = CertificateChain.fromX5c(
					x5c == null ? List.of() : x5c.stream().map(Base64::toString).toList());
			chain.validate(roots, now);
		} catch (UntrustedCertificateException ex) {
			throw new RequestObjectException(Failure.UNTRUSTED_CERTIFICATE, ex.reason(), ex.getMessage());
		}
		if (!chain.x509Hash().equals(clientId.original())) {
			throw new RequestObjectException(Failure.CLIENT_ID_MISMATCH, "the leaf's hash is " + chain.x509Hash());
		}
		if (!(chain.leaf().getPublicKey() instanceof ECPublicKey leafKey) || !signatureHolds(jws, leafKey)) {
			throw new RequestObjectException(Failure.BAD_SIGNATURE, "not signed by the leaf certificate's key");
		}
		if (outerClientId != null && !outerClientId.equals(clientId.toString())) {
			throw new RequestObjectException(Failure.OUTER_CLIENT_ID_MISMATCH, outerClientId + " outside the object");
		}
		return new Verified(claims, chain, clientId);
	}

	private static boolean signatureHolds(JWSObject jws, ECPublicKey key) {
		try {
			return jws.verify(CryptoProvider.DEFAULT.configure(new ECDSAVerifier(key)));
		} catch (JOSEException ex) {
			return false;
		}
	}

	private static boolean isUnsecured(String encodedHeader) {
		try {
			return Header.parse(new Base64URL(encodedHeader)) instanceof PlainHeader;
		} catch (ParseException ex) {
			return false;
		}
	}
}
