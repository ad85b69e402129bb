package org.consentlab.population;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The two 44-character lines at the bottom of a passport's data page (ICAO Doc 9303 Part 4, TD3).
 * Check digits use the 7-3-1 weights over the character values 0–9, A=10 … Z=35 and the filler
 * '&lt;'=0, modulo 10. ICAO's specimen document number {@code L898902C3} has check digit 6.
 */
public record MachineReadableZone(String line1, String line2) {

	/** Characters per TD3 line. */
	public static final int LINE_LENGTH = 44;

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

	public MachineReadableZone {
		Objects.requireNonNull(line1);
		Objects.requireNonNull(line2);
		if (line1.length() != LINE_LENGTH || line2.length() != LINE_LENGTH) {
			throw new IllegalArgumentException("Each line of a passport's machine-readable zone has 44 characters.");
		}
	}

	/** The ICAO 9303 check digit of {@code field}. */
	public static int checkDigit(String field) {
		int[] weights = {7, 3, 1};
		int sum = 0;
		for (int i = 0; i < field.length(); i++) {
			sum += value(field.charAt(i)) * weights[i % 3];
		}
		return sum % 10;
	}

	/** The zone of a passport (document type P). */
	static MachineReadableZone of(Passport passport) {
		String names = field(passport.surname(), 0) + "<<" + field(passport.givenNames(), 0);
		String line1 = pad("P<" + pad(passport.issuingState().icaoCode(), 3) + names, LINE_LENGTH);
		String number = pad(passport.number(), 9);
		String birth = passport.birthDate().format(YYMMDD);
		String expiry = passport.expiryDate().format(YYMMDD);
		String personal = pad("", 14);
		String upper = number
				+ checkDigit(number)
				+ pad(passport.nationality().icaoCode(), 3)
				+ birth
				+ checkDigit(birth)
				+ passport.sex().mrzCode()
				+ expiry
				+ checkDigit(expiry)
				+ personal
				+ checkDigit(personal);
		String composite = upper.substring(0, 10) + upper.substring(13, 20) + upper.substring(21, 43);
		return new MachineReadableZone(line1, upper + checkDigit(composite));
	}

	/**
	 * The names of the fields of line 2 whose check digit is wrong (empty when the zone is valid):
	 * "document number", "date of birth", "date of expiry", "personal number", "composite".
	 */
	public static List<String> invalidFields(String line2) {
		List<String> wrong = new ArrayList<>();
		if (line2 == null || line2.length() != LINE_LENGTH || !line2.matches("[A-Z0-9<]+")) {
			wrong.add("format");
			return wrong;
		}
		check(line2, 0, 9, "document number", wrong);
		check(line2, 13, 19, "date of birth", wrong);
		check(line2, 21, 27, "date of expiry", wrong);
		check(line2, 28, 42, "personal number", wrong);
		String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
		if (checkDigit(composite) != value(line2.charAt(43))) {
			wrong.add("composite");
		}
		return wrong;
	}

	/** True when every check digit of this zone's second line is right. */
	public boolean valid() {
		return invalidFields(this.line2).isEmpty();
	}

	private static void check(String line, int from, int to, String name, List<String> wrong) {
		if (checkDigit(line.substring(from, to)) != value(line.charAt(to))) {
			wrong.add(name);
		}
	}

	private static int value(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'Z') {
			return c - 'A' + 10;
		}
		if (c == '<') {
			return 0;
		}
		throw new IllegalArgumentException("'" + c + "' cannot appear in a machine-readable zone.");
	}

	/** Upper case, spaces/hyphens become '&lt;', other characters dropped (ICAO transliteration, simplified). */
	static String field(String text, int length) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				out.append(c);
			} else if (c == ' ' || c == '-') {
				out.append('<');
			}
		}
		return length > 0 ? pad(out.toString(), length) : out.toString();
	}

	private static String pad(String text, int length) {
		StringBuilder out = new StringBuilder(text.length() > length ? text.substring(0, length) : text);
		while (out.length() < length) {
			out.append('<');
		}
		return out.toString();
	}
}
