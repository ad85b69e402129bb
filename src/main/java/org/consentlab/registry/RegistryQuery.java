package org.consentlab.registry;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One question an agency puts to the Registry about one person: who asks, where and when, which
 * data, for what stated purpose, what the agency really needed, and which answer mode it uses.
 */
public record RegistryQuery(
		Agency agency,
		int subjectId,
		String subjectName,
		String place,
		LocalDateTime at,
		Set<DataCategory> categories,
		String purpose,
		Need need,
		Mode mode) {

	/**
	 * The answer modes central systems grew into, after India's Aadhaar (UIDAI; /sources#answer-modes): a yes/no
	 * authentication answer, or full e-KYC returning the profile. (The third, a signed offline
	 * extract the holder filters, involves no query at all.)
	 */
	public enum Mode {
		YES_NO,
		E_KYC
	}

	/** What the checkpoint needed to do its job: one fact (is this the person?) or the profile itself. */
	public enum Need {
		ONE_FACT,
		PROFILE
	}

	public RegistryQuery {
		Objects.requireNonNull(agency);
		Objects.requireNonNull(subjectName);
		Objects.requireNonNull(place);
		Objects.requireNonNull(at);
		Objects.requireNonNull(purpose);
		Objects.requireNonNull(need);
		Objects.requireNonNull(mode);
		if (categories.isEmpty()) {
			throw new IllegalArgumentException("A query asks for at least one kind of data.");
		}
		categories = Set.copyOf(EnumSet.copyOf(categories));
	}
}
