package org.consentlab.sandbox;

import java.util.EnumMap;
import java.util.Map;
import org.consentlab.population.Country;

/** ISO 3166-1 alpha-2 codes, which the EU PID uses for nationality and address country. */
final class CountryCodes {

	private static final Map<Country, String> ALPHA2 = new EnumMap<>(Map.ofEntries(
			Map.entry(Country.RUSSIA, "RU"),
			Map.entry(Country.KAZAKHSTAN, "KZ"),
			Map.entry(Country.UZBEKISTAN, "UZ"),
			Map.entry(Country.TAJIKISTAN, "TJ"),
			Map.entry(Country.KYRGYZSTAN, "KG"),
			Map.entry(Country.ARMENIA, "AM"),
			Map.entry(Country.GEORGIA, "GE"),
			Map.entry(Country.AZERBAIJAN, "AZ"),
			Map.entry(Country.BELARUS, "BY"),
			Map.entry(Country.CHINA, "CN"),
			Map.entry(Country.VIETNAM, "VN"),
			Map.entry(Country.INDIA, "IN"),
			Map.entry(Country.TURKEY, "TR"),
			Map.entry(Country.SYRIA, "SY"),
			Map.entry(Country.EGYPT, "EG"),
			Map.entry(Country.NIGERIA, "NG"),
			Map.entry(Country.GHANA, "GH"),
			Map.entry(Country.ETHIOPIA, "ET"),
			Map.entry(Country.BRAZIL, "BR"),
			Map.entry(Country.MEXICO, "MX"),
			Map.entry(Country.GERMANY, "DE"),
			Map.entry(Country.FRANCE, "FR"),
			Map.entry(Country.SOUTH_KOREA, "KR")));

	private CountryCodes() {}

	static String alpha2(Country country) {
		String code = ALPHA2.get(country);
		if (code == null) {
			throw new IllegalStateException("no ISO code for " + country);
		}
		return code;
	}
}
