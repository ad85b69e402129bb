package org.consentlab.issuer;

import java.util.List;
import java.util.Optional;

import org.consentlab.web.Loopback;
import org.springframework.stereotype.Component;

/** The issuers running in this app, by id, and the identifiers they go by in protocol messages. */
@Component
class Issuers {

	private final List<CredentialType> types;

	private final Loopback loopback;

	Issuers(List<CredentialType> types, Loopback loopback) {
		this.types = List.copyOf(types);
		this.loopback = loopback;
	}

	Optional<CredentialType> find(String issuerId) {
		return types.stream().filter(type -> type.issuerId().equals(issuerId)).findFirst();
	}

	List<CredentialType> all() {
		return types;
	}

	/** The Credential Issuer Identifier (OpenID4VCI 1.0 §12.2.1), also the {@code iss} of what it signs. */
	String identifier(CredentialType type) {
		return loopback.publicUrl(IssuerRoutes.of(IssuerRoutes.PAGE, type.issuerId()));
	}

	String url(CredentialType type, String route) {
		return loopback.publicUrl(IssuerRoutes.of(route, type.issuerId()));
	}
}
