package org.consentlab.credential.oid4vci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.jose.Json;
import org.consentlab.credential.oauth.JsonMembers;
import org.consentlab.credential.oauth.OAuthError;

/**
 * Credential issuer metadata (OpenID4VCI 1.0 §12.2.4) as far as this app uses it: the issuer
 * identifier, the credential and nonce endpoints, the batch size ({@code 1} when the issuer
 * publishes no {@code batch_credential_issuance}), and the credential configurations by id.
 */
public record CredentialIssuerMetadata(
		String credentialIssuer,
		String credentialEndpoint,
		String nonceEndpoint,
		int batchSize,
		Map<String, CredentialConfiguration> configurations) {

	private static final int MAX_LENGTH = 64 * 1024;

	private static final int MAX_DEPTH = 8;

	public CredentialIssuerMetadata {
		Objects.requireNonNull(credentialIssuer, Oid4vci.CREDENTIAL_ISSUER);
		Objects.requireNonNull(credentialEndpoint, Oid4vci.CREDENTIAL_ENDPOINT);
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch_size is at least 1");
		}
		configurations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configurations));
	}

	public static CredentialIssuerMetadata parse(String json) {
		JsonMembers metadata = JsonMembers.parse(
				json, MAX_LENGTH, MAX_DEPTH, OAuthError.INVALID_REQUEST, "credential issuer metadata");
		int batchSize = metadata.optionalObject(Oid4vci.BATCH_CREDENTIAL_ISSUANCE)
				.map(batch -> batch.optionalInteger(Oid4vci.BATCH_SIZE, 2, 1000)
						.orElseThrow(() -> batch.fault(Oid4vci.BATCH_SIZE, "is missing")))
				.orElse(1L)
				.intValue();
		JsonMembers supported = metadata.object(Oid4vci.CREDENTIAL_CONFIGURATIONS_SUPPORTED);
		Map<String, CredentialConfiguration> configurations = new LinkedHashMap<>();
		for (String id : supported.asMap().keySet()) {
			configurations.put(id, CredentialConfiguration.read(supported.object(id)));
		}
		return new CredentialIssuerMetadata(
				metadata.string(Oid4vci.CREDENTIAL_ISSUER),
				metadata.string(Oid4vci.CREDENTIAL_ENDPOINT),
				metadata.optionalString(Oid4vci.NONCE_ENDPOINT).orElse(null),
				batchSize,
				configurations);
	}

	public String toJson() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(Oid4vci.CREDENTIAL_ISSUER, credentialIssuer);
		metadata.put(Oid4vci.CREDENTIAL_ENDPOINT, credentialEndpoint);
		if (nonceEndpoint != null) {
			metadata.put(Oid4vci.NONCE_ENDPOINT, nonceEndpoint);
		}
		if (batchSize > 1) {
			metadata.put(Oid4vci.BATCH_CREDENTIAL_ISSUANCE, Map.of(Oid4vci.BATCH_SIZE, batchSize));
		}
		Map<String, Object> supported = new LinkedHashMap<>();
		configurations.forEach((id, configuration) -> supported.put(id, configuration.toMap()));
		metadata.put(Oid4vci.CREDENTIAL_CONFIGURATIONS_SUPPORTED, supported);
		return Json.write(metadata);
	}
}
