package org.consentlab.labs.scorecard;

import java.util.Optional;
import org.consentlab.registry.Agency;

/**
 * What each Registry checkpoint becomes in the Wallet world: the verifier that asks the learner's
 * wallet instead, or nothing at all when the event needs no identity (a metro ticket, say).
 */
enum Counterpart {
	MIGRATION_SERVICE(Agency.MIGRATION_SERVICE, "border"),
	HOTEL(Agency.HOTEL, "hotel"),
	SIM_SHOP(Agency.SIM_SHOP, "sim"),
	BANK(Agency.BANK, "bank"),
	EMPLOYER(Agency.EMPLOYER, "employer"),
	LANDLORD(Agency.LANDLORD, "landlord"),
	TAX_OFFICE(Agency.TAX_OFFICE, null),
	POLICE(Agency.POLICE, null),
	METRO_CAMERA(Agency.METRO_CAMERA, null);

	private final Agency agency;

	private final String verifierId;

	Counterpart(Agency agency, String verifierId) {
		this.agency = agency;
		this.verifierId = verifierId;
	}

	static Counterpart of(Agency agency) {
		for (Counterpart counterpart : values()) {
			if (counterpart.agency == agency) {
				return counterpart;
			}
		}
		throw new IllegalArgumentException("no counterpart for " + agency);
	}

	/** The verifier that asks the wallet at this checkpoint; empty when nobody needs to know who you are. */
	Optional<String> verifierId() {
		return Optional.ofNullable(verifierId);
	}

	/** Message key of what happens at this checkpoint when nobody checks an identity. */
	String noCheckKey() {
		return "scorecard.no-check." + name();
	}
}
