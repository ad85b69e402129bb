package org.consentlab.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as values, so an original and its translation can be compared: a
 * figure changed in translation (12 million become 1.2 million, 2024 becomes 2023) is a mistake no
 * reader of one language can see. The original writes numbers the English way (1,000,000 and 9.5);
 * a translation may write them its own way (1 000 000 with a space, no-break or thin space, and 9,5),
 * or keep the English way for a decimal point.
 */
public final class Figures {

	/** 1,000,000 or 12.5 or 2024; not the digits of a name such as OpenID4VP or A128GCM. */
	private static final Pattern ORIGINAL =
			Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\d])\\d+(?:\\.\\d+)?");

	/**
	 * 1 000 000 (no-break space, narrow no-break space or thin space: a plain space separates two
	 * numbers, as in ETSI TS 119 475) or 12,5 or 12.5.
	 */
	private static final Pattern TRANSLATED = Pattern.compile(
			"(?<![\\p{L}\\d.,])\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+(?![\\d])(?:[.,]\\d+)?|(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?");

	private Figures() {}

	/** How often each number occurs in an original text. */
	public static Map<String, Integer> inOriginal(String text) {
		return count(ORIGINAL, text, number -> number.replace(",", ""));
	}

	/** How often each number occurs in a translated text. */
	public static Map<String, Integer> inTranslation(String text) {
		return count(
				TRANSLATED,
				text,
				number -> number.replaceAll("[ \\u00A0\\u202F\\u2009]", "").replace(',', '.'));
	}

	/**
	 * The numbers whose count differs between an original and its translation, each as
	 * "12000000: 1 in the original, 0 in the translation"; empty when they state the same figures.
	 */
	public static List<String> differences(String original, String translation) {
		Map<String, Integer> before = inOriginal(original);
		Map<String, Integer> after = inTranslation(translation);
		TreeSet<String> all = new TreeSet<>(before.keySet());
		all.addAll(after.keySet());
		List<String> differences = new ArrayList<>();
		for (String number : all) {
			int was = before.getOrDefault(number, 0);
			int is = after.getOrDefault(number, 0);
			if (was != is) {
				differences.add(number + ": " + was + " in the original, " + is + " in the translation");
			}
		}
		return differences;
	}

	private static Map<String, Integer> count(
			Pattern pattern, String text, java.util.function.UnaryOperator<String> normalise) {
		Map<String, Integer> counts = new TreeMap<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String value = new BigDecimal(normalise.apply(matcher.group()))
					.stripTrailingZeros()
					.toPlainString();
			counts.merge(value, 1, Integer::sum);
		}
		return counts;
	}
}
