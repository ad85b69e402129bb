package org.consentlab.sandbox;

/** The two answers ConsentLab contrasts. */
public enum World {
	REGISTRY,
	WALLET
}
