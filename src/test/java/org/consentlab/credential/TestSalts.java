package org.consentlab.credential;

import java.util.Iterator;
import java.util.List;
import org.consentlab.credential.sdjwt.SaltSource;

/** Fixed salts, so that issued credentials are the same byte for byte on every run. */
public final class TestSalts {

	private TestSalts() {}

	/** These salts, in this order; running out is a test bug. */
	public static SaltSource of(String... salts) {
		Iterator<String> next = List.of(salts).iterator();
		return next::next;
	}

	/** {@code salt-0}, {@code salt-1}, ... without end. */
	public static SaltSource counting() {
		int[] count = {0};
		return () -> "salt-" + count[0]++;
	}
}
