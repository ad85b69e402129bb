package org.consentlab.population;

/** Why a persona is crossing a border or registering abroad (varied on purpose, LABS.md). */
public enum TravelReason {

	STUDENT, SEASONAL_WORKER, ENGINEER_ON_CONTRACT, FAMILY_VISIT, RETIREE_VISITING_GRANDCHILDREN, JOURNALIST, RESEARCHER,
	TOURIST, NURSE, DRIVER

}
