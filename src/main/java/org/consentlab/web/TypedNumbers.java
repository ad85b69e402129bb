package org.consentlab.web;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Numbers as a learner types them, in either language of the course: English writes 1,000,000 and
 * 0.35, Russian 1 000 000 (often with a no-break or thin space) and 0,35. Form fields and answer
 * checks read them here, so a Russian learner is never told that their number is not a number.
 */
public final class TypedNumbers {

	private static final String GROUP_SEPARATORS = "[,_\\s\u00A0\u202F\u2009]";

	private TypedNumbers() {}

	/** A whole number of at most 18 digits, with any digit-group separators; empty when it is not one. */
	public static OptionalLong whole(String text) {
		if (text == null) {
			return OptionalLong.empty();
		}
		String digits = text.replaceAll(GROUP_SEPARATORS, "");
		if (!digits.matches("-?\\d{1,18}")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(digits));
	}

	/** A decimal number with a point or a comma (0.35, 0,35, .5); empty when it is not one. */
	public static OptionalDouble decimal(String text) {
		if (text == null) {
			return OptionalDouble.empty();
		}
		String number = text.strip().replace(',', '.');
		if (!number.matches("-?(\\d{1,9}(\\.\\d{0,20})?|\\.\\d{1,20})")) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Double.parseDouble(number));
	}
}
