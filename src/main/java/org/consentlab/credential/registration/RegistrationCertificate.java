package org.consentlab.credential.registration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.consentlab.credential.jose.CryptoProvider;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.consentlab.credential.oid4vp.VerifierInfo;
import org.consentlab.credential.registration.RegistrationException.Failure;
import org.consentlab.credential.x509.CertificateChain;
import org.consentlab.credential.x509.UntrustedCertificateException;

/**
 * A registrar's signed statement about one verifier (ETSI TS 119 475 V1.1.1 clause 5.2, JWT form):
 * its trade {@code name}, the entity identifier it is registered under ({@code sub.id}), the
 * {@code service} it runs, the {@code purpose} of its requests, its privacy policy, and the
 * {@code credentials} and claims it may ask for. The wallet reads the consent screen's "who is
 * asking and why" from here, not from the request.
 *
 * <p>{@code service} and {@code purpose} are written in each language the registrar publishes,
 * keyed by language tag ({@code [{"lang": "en", "value": …}]} in the standard), so the consent
 * screen shows them in the learner's language.
 *
 * <p>The registration is bound to the request by its subject (OpenID4VP 1.0 §5.11.1, a
 * claim-bound attestation): {@code sub.id} must equal the common name of the access certificate
 * that signed the request.
 */
public record RegistrationCertificate(
		String name,
		String entityId,
		String country,
		String registryUri,
		Map<String, String> service,
		Map<String, String> purpose,
		String privacyPolicy,
		List<RegisteredCredential> credentials,
		Instant issuedAt,
		Instant expiresAt) {

	/** Table 5: the {@code typ} of a registration certificate in JWT form. */
	public static final String TYPE = "rc-wrp+jwt";

	/** The {@code verifier_info} format under which it travels (OpenID4VP 1.0 §5.1). */
	public static final String VERIFIER_INFO_FORMAT = "registration_cert";

	/** The longest registration certificate read. */
	public static final int MAX_LENGTH = 32 * 1024;

	private static final int MAX_DEPTH = 8;

	static final String NAME = "name";
	static final String SUB = "sub";
	static final String ID = "id";
	static final String IDENTIFIER = "identifier";
	static final String TYPE_MEMBER = "type";
	static final String LEGAL_NAME = "legal_name";
	static final String COUNTRY = "country";
	static final String REGISTRY_URI = "registry_uri";
	static final String SERVICE = "service";
	static final String PURPOSE = "purpose";
	static final String LANG = "lang";
	static final String VALUE = "value";
	static final String PRIVACY_POLICY = "privacy_policy";
	static final String POLICY_URI = "policyURI";
	static final String CREDENTIALS = "credentials";
	static final String FORMAT = "format";
	static final String META = "meta";
	static final String CLAIM = "claim";
	static final String PATH = "path";
	static final String IAT = "iat";
	static final String EXP = "exp";

	/** The identifier type of a classroom verifier; not an EU one, so nobody mistakes it for one. */
	static final String CLASSROOM_ID_TYPE = "urn:consentlab:verifier";

	public RegistrationCertificate {
		Objects.requireNonNull(name, NAME);
		Objects.requireNonNull(entityId, SUB);
		Objects.requireNonNull(service, SERVICE);
		Objects.requireNonNull(purpose, PURPOSE);
		Objects.requireNonNull(issuedAt, IAT);
		Objects.requireNonNull(expiresAt, EXP);
		credentials = List.copyOf(credentials);
		service = texts(service, SERVICE);
		purpose = texts(purpose, PURPOSE);
	}

	/** The service in {@code language} (a tag such as {@code en}), or in the first language written. */
	public String service(String language) {
		return in(service, language);
	}

	/** The purpose in {@code language}, or in the first language written. */
	public String purpose(String language) {
		return in(purpose, language);
	}

	private static String in(Map<String, String> texts, String language) {
		String exact = texts.get(language);
		return exact != null ? exact : texts.values().iterator().next();
	}

	private static Map<String, String> texts(Map<String, String> texts, String name) {
		if (texts.isEmpty()) {
			throw new IllegalArgumentException(name + " is written in at least one language");
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
	}

	/** Signs this registration as the registrar, whose chain goes into {@code x5c}. */
	public String sign(PrivateKey registrarKey, CertificateChain registrarChain) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
				.type(new JOSEObjectType(TYPE))
				.x509CertChain(registrarChain.toX5c().stream().map(Base64::new).toList())
				.build();
		JWSObject jws = new JWSObject(header, new Payload(Json.write(toClaims())));
		try {
			jws.sign(CryptoProvider.SIGNING.configure(new ECDSASigner((ECPrivateKey) registrarKey)));
		} catch (JOSEException ex) {
			throw new IllegalStateException("signing a registration failed", ex);
		}
		return jws.serialize();
	}

	/** The registration as the {@code verifier_info} entry of a request. */
	public static VerifierInfo toVerifierInfo(String signed) {
		return new VerifierInfo(VERIFIER_INFO_FORMAT, signed, List.of());
	}

	/**
	 * Reads and checks a signed registration: type, a registrar chain leading to one of
	 * {@code roots}, the registrar's signature, and {@code now} inside its validity.
	 */
	public static RegistrationCertificate verify(String signed, Collection<X509Certificate> roots, Instant now) {
		if (signed == null || signed.length() > MAX_LENGTH) {
			throw new RegistrationException(Failure.MALFORMED, "missing or longer than " + MAX_LENGTH + " characters");
		}
		JWSObject jws;
		try {
			jws = JWSObject.parse(signed);
		} catch (ParseException ex) {
			throw new RegistrationException(Failure.MALFORMED, "not a signed JWS");
		}
		if (jws.getHeader().getType() == null
				|| !TYPE.equals(jws.getHeader().getType().getType())) {
			throw new RegistrationException(
					Failure.WRONG_TYPE, "typ is " + jws.getHeader().getType());
		}
		CertificateChain chain;
		try {
			List<Base64> x5c = jws.getHeader().getX509CertChain();
			chain = CertificateChain.fromX5c(
					x5c == null ? List.of() : x5c.stream().map(Base64::toString).toList());
			chain.validate(roots, now);
		} catch (UntrustedCertificateException ex) {
			throw new RegistrationException(Failure.UNTRUSTED_REGISTRAR, ex.getMessage());
		}
		if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
				|| !(chain.leaf().getPublicKey() instanceof ECPublicKey key)
				|| !holds(jws, key)) {
			throw new RegistrationException(Failure.BAD_SIGNATURE, "not signed by the registrar");
		}
		RegistrationCertificate registration;
		try {
			registration = fromClaims(JsonMembers.parse(
					jws.getPayload().toString(), MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, "registration"));
		} catch (MalformedMessageException | IllegalArgumentException | NullPointerException ex) {
			throw new RegistrationException(Failure.MALFORMED, ex.getMessage());
		}
		if (now.isBefore(registration.issuedAt()) || !now.isBefore(registration.expiresAt())) {
			throw new RegistrationException(
					Failure.EXPIRED, "valid " + registration.issuedAt() + " to " + registration.expiresAt());
		}
		return registration;
	}

	/**
	 * Reads a registration the registrar itself signed and stored, without checking the signature
	 * or the dates: for the registrar's own records only, never for one that arrived in a request.
	 */
	public static RegistrationCertificate readOwn(String signed) {
		try {
			return fromClaims(JsonMembers.parse(
					JWSObject.parse(signed).getPayload().toString(),
					MAX_LENGTH,
					MAX_DEPTH,
					OAuthError.INVALID_REQUEST,
					"registration"));
		} catch (ParseException ex) {
			throw new RegistrationException(Failure.MALFORMED, "not a signed JWS");
		}
	}

	/** True when both register the same verifier for the same things, whatever their dates. */
	public boolean sameContent(RegistrationCertificate other) {
		return equals(new RegistrationCertificate(
				other.name,
				other.entityId,
				other.country,
				other.registryUri,
				other.service,
				other.purpose,
				other.privacyPolicy,
				other.credentials,
				issuedAt,
				expiresAt));
	}

	/**
	 * Checks that this registration is about whoever signed the request (OpenID4VP 1.0 §5.11.1):
	 * {@code sub.id} equals the common name of the access certificate.
	 */
	public void requireBoundTo(CertificateChain accessChain) {
		String commonName = commonName(accessChain.leaf());
		if (!entityId.equals(commonName)) {
			throw new RegistrationException(
					Failure.NOT_BOUND, "registered for " + entityId + ", request signed by " + commonName);
		}
	}

	static String commonName(X509Certificate certificate) {
		try {
			for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
				if ("CN".equalsIgnoreCase(rdn.getType())) {
					return String.valueOf(rdn.getValue());
				}
			}
		} catch (InvalidNameException ex) {
			// fall through: a certificate without a readable name is bound to nothing
		}
		return "";
	}

	Map<String, Object> toClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(NAME, name);
		claims.put(
				SUB,
				Map.of(
						ID,
						List.of(Map.of(TYPE_MEMBER, CLASSROOM_ID_TYPE, IDENTIFIER, entityId)),
						LEGAL_NAME,
						List.of(name)));
		claims.put(COUNTRY, country);
		claims.put(REGISTRY_URI, registryUri);
		claims.put(SERVICE, localized(service));
		claims.put(PURPOSE, localized(purpose));
		claims.put(PRIVACY_POLICY, List.of(Map.of(POLICY_URI, privacyPolicy)));
		List<Object> registered = new ArrayList<>();
		for (RegisteredCredential credential : credentials) {
			registered.add(Map.of(
					FORMAT,
					credential.format(),
					META,
					credential.vct(),
					CLAIM,
					credential.claimPaths().stream().map(p -> Map.of(PATH, p)).toList()));
		}
		claims.put(CREDENTIALS, registered);
		claims.put(IAT, issuedAt.getEpochSecond());
		claims.put(EXP, expiresAt.getEpochSecond());
		return claims;
	}

	private static List<Map<String, String>> localized(Map<String, String> texts) {
		return texts.entrySet().stream()
				.map(e -> Map.of(LANG, e.getKey(), VALUE, e.getValue()))
				.toList();
	}

	static RegistrationCertificate fromClaims(JsonMembers claims) {
		JsonMembers sub = claims.object(SUB);
		String entityId = sub.objects(ID).get(0).string(IDENTIFIER);
		List<RegisteredCredential> credentials = new ArrayList<>();
		for (JsonMembers credential : claims.objects(CREDENTIALS)) {
			List<List<Object>> paths = new ArrayList<>();
			for (JsonMembers claim : credential.objects(CLAIM)) {
				List<?> path = claim.optionalArray(PATH).orElseThrow(() -> claim.fault(PATH, "is missing"));
				paths.add(new ArrayList<>(path));
			}
			credentials.add(new RegisteredCredential(credential.string(FORMAT), credential.string(META), paths));
		}
		return new RegistrationCertificate(
				claims.string(NAME),
				entityId,
				claims.optionalString(COUNTRY).orElse(""),
				claims.optionalString(REGISTRY_URI).orElse(""),
				localized(claims, SERVICE),
				localized(claims, PURPOSE),
				claims.objects(PRIVACY_POLICY).get(0).string(POLICY_URI),
				credentials,
				Instant.ofEpochSecond(claims.optionalInteger(IAT, 0, Long.MAX_VALUE)
						.orElseThrow(() -> claims.fault(IAT, "is missing"))),
				Instant.ofEpochSecond(claims.optionalInteger(EXP, 0, Long.MAX_VALUE)
						.orElseThrow(() -> claims.fault(EXP, "is missing"))));
	}

	private static Map<String, String> localized(JsonMembers claims, String name) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (JsonMembers text : claims.objects(name)) {
			texts.put(text.string(LANG), text.string(VALUE));
		}
		if (texts.isEmpty()) {
			throw claims.fault(name, "is empty");
		}
		return texts;
	}

	private static boolean holds(JWSObject jws, ECPublicKey key) {
		try {
			return jws.verify(CryptoProvider.DEFAULT.configure(new ECDSAVerifier(key)));
		} catch (JOSEException ex) {
			return false;
		}
	}
}
