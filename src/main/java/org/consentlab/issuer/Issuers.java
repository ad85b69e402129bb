package org.consentlab.issuer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/**
 * The issuers running in this app, by id, with the credential configurations each issues, and the
 * identifiers they go by in protocol messages.
 */
@Component
class Issuers {

	private final List<CredentialType> types;

	private final Loopback loopback;

	Issuers(List<CredentialType> types, Loopback loopback) {
		this.types = types.stream()
				.sorted(Comparator.comparing(CredentialType::issuerId).thenComparing(CredentialType::configurationId))
				.toList();
		this.loopback = loopback;
	}

	/** The issuer's first credential type: stands for the issuer where the configuration does not matter. */
	Optional<CredentialType> find(String issuerId) {
		return types.stream().filter(type -> type.issuerId().equals(issuerId)).findFirst();
	}

	/** Every credential configuration of the issuer, in a fixed order. */
	List<CredentialType> types(String issuerId) {
		return types.stream().filter(type -> type.issuerId().equals(issuerId)).toList();
	}

	Optional<CredentialType> type(String issuerId, Object configurationId) {
		return types(issuerId).stream()
				.filter(type -> type.configurationId().equals(configurationId))
				.findFirst();
	}

	/** The issuer ids, each once. */
	List<String> ids() {
		return types.stream().map(CredentialType::issuerId).distinct().toList();
	}

	List<CredentialType> all() {
		return types;
	}

	/** The Credential Issuer Identifier (OpenID4VCI 1.0 §12.2.1), also the {@code iss} of what it signs. */
	String identifier(CredentialType type) {
		return loopback.publicUrl(IssuerRoutes.of(IssuerRoutes.PAGE, type.issuerId()));
	}

	/** Where the issuer publishes status list {@code list} (Token Status List §8.1): list 0 where it always was. */
	String statusListUrl(CredentialType type, int list) {
		return list == 0
				? url(type, IssuerRoutes.STATUS)
				: url(type, IssuerRoutes.STATUS_LIST).replace("{list}", String.valueOf(list));
	}

	String url(CredentialType type, String route) {
		return loopback.publicUrl(IssuerRoutes.of(route, type.issuerId()));
	}
}
