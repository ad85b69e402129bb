package org.consentlab.registry;

/**
 * The parties that query the Registry. The migration service operates it (the 2025 decree on the
 * foreigner's digital profile names the Interior Ministry as operator; see the sources in deck 2).
 */
public enum Agency {
	MIGRATION_SERVICE,
	POLICE,
	BANK,
	TAX_OFFICE,
	METRO_CAMERA,
	EMPLOYER,
	SIM_SHOP,
	HOTEL,
	LANDLORD
}
