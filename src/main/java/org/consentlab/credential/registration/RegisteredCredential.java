package org.consentlab.credential.registration;

import java.util.List;
import java.util.Objects;

/**
 * One credential a verifier is registered to ask for (ETSI TS 119 475 clause 5.2, Table 8
 * {@code credentials}): its format, its type ({@code meta}, here the SD-JWT VC {@code vct}) and
 * the claim paths it may request ({@code claim}, named in the singular as the standard does).
 */
public record RegisteredCredential(String format, String vct, List<List<Object>> claimPaths) {

	public RegisteredCredential {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(vct, "vct");
		claimPaths = claimPaths.stream().map(List::copyOf).toList();
	}

	/** True when {@code path} is registered, or lies inside a registered object (a registered {@code address} covers {@code address.locality}). */
	public boolean covers(List<Object> path) {
		for (List<Object> registered : claimPaths) {
			if (path.size() >= registered.size()
					&& path.subList(0, registered.size()).equals(registered)) {
				return true;
			}
		}
		return false;
	}
}
