package org.consentlab.inspector;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.util.Base64;
import java.security.KeyPair;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consentlab.credential.oid4vp.ClientId;
import org.consentlab.credential.oid4vp.Oid4vp;
import org.consentlab.credential.oid4vp.SignedRequest;
import org.consentlab.credential.x509.CertificateAuthority;
import org.consentlab.credential.x509.CertificateChain;

/**
 * The inspector's tampering with a verifier's signed request object (lab L13): one
 * {@link TrustAttack} on the wallet's side applied to the object as the verifier served it, with
 * the {@code client_id} a forged link would carry beside it. Each tampered object fails the one
 * check its move aims at, since the wallet's checks run in a fixed order (OpenID4VP 1.0 §5.9.3).
 */
final class TamperRequest {

	/** How long the attacker's own certificates are valid: long enough for a lesson. */
	private static final Duration OWN_VALIDITY = Duration.ofDays(1);

	private TamperRequest() {}

	/**
	 * A tampered request and the link's client identifier.
	 *
	 * @param clientId the {@code client_id} outside the object, as the forged link carries it
	 * @param requestObject the tampered request object
	 */
	record Tampered(String clientId, String requestObject) {}

	/**
	 * @param requestObject the request object the verifier served, untouched
	 * @param otherChain another verifier's certificate chain, as {@code x5c}
	 * @param responseUri the verifier's response URI, for a {@code redirect_uri:} client identifier
	 */
	static Tampered apply(TrustAttack attack, String requestObject, List<String> otherChain, String responseUri) {
		JWSObject jws;
		try {
			jws = JWSObject.parse(requestObject);
		} catch (ParseException ex) {
			throw new IllegalArgumentException("the verifier served a request object that is not a JWS", ex);
		}
		String[] parts = requestObject.split("\\.");
		Map<String, Object> claims = new LinkedHashMap<>(jws.getPayload().toJSONObject());
		String clientId = String.valueOf(claims.get(Oid4vp.CLIENT_ID));
		switch (attack) {
			case STRIPPED_SIGNATURE: {
				// an unsecured JWS (RFC 7515 §A.5): alg none, and an empty signature
				PlainHeader header = new PlainHeader.Builder()
						.type(jws.getHeader().getType())
						.build();
				return new Tampered(clientId, header.toBase64URL() + "." + parts[1] + ".");
			}
			case SWAPPED_X5C: {
				JWSHeader header = new JWSHeader.Builder(jws.getHeader())
						.x509CertChain(otherChain.stream().map(Base64::new).toList())
						.build();
				return new Tampered(clientId, header.toBase64URL() + "." + parts[1] + "." + parts[2]);
			}
			case FOREIGN_ROOT: {
				Instant now = Instant.now().minus(Duration.ofMinutes(1));
				CertificateAuthority own = CertificateAuthority.root("A root of my own", now, OWN_VALIDITY)
						.intermediate("An authority of my own", now, OWN_VALIDITY);
				KeyPair leaf = CertificateAuthority.newKeyPair();
				CertificateChain chain = own.issue(commonName(jws), leaf.getPublic(), now, OWN_VALIDITY);
				claims.remove(Oid4vp.CLIENT_ID);
				return new Tampered(
						ClientId.x509Hash(chain).toString(), SignedRequest.sign(claims, leaf.getPrivate(), chain));
			}
			case PREFIX_DOWNGRADE: {
				String downgraded = Oid4vp.REDIRECT_URI_PREFIX + responseUri;
				claims.put(Oid4vp.CLIENT_ID, downgraded);
				return new Tampered(downgraded, parts[0] + "." + new Payload(claims).toBase64URL() + "." + parts[2]);
			}
			default:
				throw new IllegalArgumentException(attack + " is a move on the answer, not on the request");
		}
	}

	/** The common name of the verifier's own leaf, so the forged leaf names the same verifier. */
	private static String commonName(JWSObject jws) {
		List<Base64> x5c = jws.getHeader().getX509CertChain();
		if (x5c == null || x5c.isEmpty()) {
			return "verifier";
		}
		try {
			CertificateChain chain =
					CertificateChain.fromX5c(x5c.stream().map(Base64::toString).toList());
			String subject = chain.leaf().getSubjectX500Principal().getName();
			return subject.startsWith("CN=") ? subject.substring(3).split(",")[0] : subject;
		} catch (RuntimeException ex) {
			return "verifier";
		}
	}
}
