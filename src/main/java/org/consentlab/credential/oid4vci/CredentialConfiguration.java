package org.consentlab.credential.oid4vci;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consentlab.credential.oauth.JsonMembers;

/**
 * One entry of {@code credential_configurations_supported} (OpenID4VCI 1.0 §12.2.4): the format, the
 * SD-JWT VC type ({@code vct}, Appendix A.3.2), how the credential binds to the holder, the issuer's
 * signing algorithms, and the algorithms it accepts for {@code jwt} key proofs.
 */
public record CredentialConfiguration(
		String format,
		String vct,
		List<String> bindingMethods,
		List<String> signingAlgorithms,
		List<String> proofSigningAlgorithms) {

	public CredentialConfiguration {
		Objects.requireNonNull(format, Oid4vci.FORMAT);
		bindingMethods = List.copyOf(bindingMethods);
		signingAlgorithms = List.copyOf(signingAlgorithms);
		proofSigningAlgorithms = List.copyOf(proofSigningAlgorithms);
	}

	static CredentialConfiguration read(JsonMembers json) {
		List<String> proofAlgorithms = json.optionalObject(Oid4vci.PROOF_TYPES_SUPPORTED)
				.flatMap(types -> types.optionalObject(Oid4vci.PROOF_TYPE_JWT))
				.flatMap(jwt -> jwt.optionalStrings(Oid4vci.PROOF_SIGNING_ALG_VALUES_SUPPORTED))
				.orElse(List.of());
		return new CredentialConfiguration(
				json.string(Oid4vci.FORMAT),
				json.optionalString(Oid4vci.VCT).orElse(null),
				json.optionalStrings(Oid4vci.CRYPTOGRAPHIC_BINDING_METHODS_SUPPORTED)
						.orElse(List.of()),
				json.optionalStrings(Oid4vci.CREDENTIAL_SIGNING_ALG_VALUES_SUPPORTED)
						.orElse(List.of()),
				proofAlgorithms);
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(Oid4vci.FORMAT, format);
		if (vct != null) {
			map.put(Oid4vci.VCT, vct);
		}
		if (!bindingMethods.isEmpty()) {
			map.put(Oid4vci.CRYPTOGRAPHIC_BINDING_METHODS_SUPPORTED, bindingMethods);
		}
		if (!signingAlgorithms.isEmpty()) {
			map.put(Oid4vci.CREDENTIAL_SIGNING_ALG_VALUES_SUPPORTED, signingAlgorithms);
		}
		if (!proofSigningAlgorithms.isEmpty()) {
			map.put(
					Oid4vci.PROOF_TYPES_SUPPORTED,
					Map.of(
							Oid4vci.PROOF_TYPE_JWT,
							Map.of(Oid4vci.PROOF_SIGNING_ALG_VALUES_SUPPORTED, proofSigningAlgorithms)));
		}
		return map;
	}
}
