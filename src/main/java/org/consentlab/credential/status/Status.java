package org.consentlab.credential.status;

import java.util.Optional;

/** The Status Types a Status List holds (Token Status List §7.1); other values are application-specific. */
public enum Status {

	/** 0x00: the token is valid. */
	VALID(0x00),
	/** 0x01: the token is revoked, for good. */
	INVALID(0x01),
	/** 0x02: the token is temporarily invalid. */
	SUSPENDED(0x02);

	private final int value;

	Status(int value) {
		this.value = value;
	}

	public int value() {
		return this.value;
	}

	/** The Status Type with this value, or empty for an application-specific value. */
	public static Optional<Status> fromValue(int value) {
		for (Status status : values()) {
			if (status.value == value) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}
}
