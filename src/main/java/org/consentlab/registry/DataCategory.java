package org.consentlab.registry;

/** The kinds of data the Registry's digital profile links to one person. */
public enum DataCategory {

	PASSPORT, FACE, FINGERPRINTS, VOICE, DNA, ADDRESS, EMPLOYER, RELATIVES

}
