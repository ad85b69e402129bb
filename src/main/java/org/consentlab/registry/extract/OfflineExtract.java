package org.consentlab.registry.extract;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The third answer mode (Aadhaar's Paperless Offline e-KYC: UIDAI, <i>About Aadhaar Paperless Offline
 * e-KYC</i>, https://uidai.gov.in/en/ecosystem/authentication-devices-documents/about-aadhaar-paperless-offline-e-kyc.html;
 * /sources#answer-modes): the holder downloads an
 * extract signed by the Registry, keeps only the fields they choose, and hands it over; the
 * checkpoint verifies the signature offline and the Registry is not told. Here an extract is
 * {@code base64url(fields).base64url(Ed25519 signature)}, signed with the Registry's key kept in the
 * database ({@link RegistryKeys}), so an extract made on one instance verifies on every other.
 */
@Service
public class OfflineExtract {

	/** The fields a holder may put in an extract. */
	public enum Field {
		NAME,
		BIRTH_DATE,
		NATIONALITY,
		PASSPORT,
		ADDRESS
	}

	private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

	private final RegistryKeys keys;

	OfflineExtract(RegistryKeys keys) {
		this.keys = keys;
	}

	/** Signs the chosen fields, one {@code NAME=value} line each. */
	public String sign(Map<Field, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((field, value) -> body.append(field.name())
				.append('=')
				.append(value.replace('\n', ' '))
				.append('\n'));
		byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(keys.keyPair(RegistryKeys.OFFLINE_EXTRACT).getPrivate());
			signer.update(payload);
			return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(signer.sign());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
		}
	}

	/** The fields of a genuine extract, or empty when it is malformed or its signature does not verify. */
	public Optional<Map<Field, String>> verify(String extract) {
		String[] parts = extract.trim().split("\\.");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(keys.keyPair(RegistryKeys.OFFLINE_EXTRACT).getPublic());
			verifier.update(payload);
			if (!verifier.verify(Base64.getUrlDecoder().decode(parts[1]))) {
				return Optional.empty();
			}
			Map<Field, String> fields = new LinkedHashMap<>();
			for (String line : new String(payload, StandardCharsets.UTF_8).split("\n")) {
				int eq = line.indexOf('=');
				fields.put(Field.valueOf(line.substring(0, eq)), line.substring(eq + 1));
			}
			return Optional.of(fields);
		} catch (IllegalArgumentException | GeneralSecurityException e) {
			return Optional.empty();
		}
	}
}
