package org.consentlab.registry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of data the Registry's digital profile links to one person. */
public enum DataCategory {
	PASSPORT,
	FACE,
	FINGERPRINTS,
	VOICE,
	DNA,
	ADDRESS,
	EMPLOYER,
	RELATIVES;

	/** A set of categories as the Registry's tables store it: names joined by commas. */
	public static String join(Set<DataCategory> categories) {
		return categories.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	/** The set of categories {@link #join} stored. */
	public static Set<DataCategory> split(String categories) {
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		Arrays.stream(categories.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(DataCategory.valueOf(s)));
		return set;
	}
}
