package org.consentlab.population;

/** Sex as printed in a passport's machine-readable zone (ICAO 9303: F, M). */
public enum Sex {
	FEMALE('F'),
	MALE('M');

	private final char mrzCode;

	Sex(char mrzCode) {
		this.mrzCode = mrzCode;
	}

	/** The one-letter code in the machine-readable zone. */
	public char mrzCode() {
		return this.mrzCode;
	}
}
