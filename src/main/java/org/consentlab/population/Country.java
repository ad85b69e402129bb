package org.consentlab.population;

import org.consentlab.biometrics.dna.StrPopulation;

/**
 * The nationalities of the synthetic population, with their ICAO 9303 three-letter codes (Germany
 * is "D", as ICAO writes it), the name list their people draw from, how common they are in the
 * simulation, and the NIST 1036 group whose allele frequencies stand in for their DNA. That last
 * mapping is only a source of realistic frequencies (the NIST groups are U.S. self-declared
 * groups), not a statement about anyone's ancestry; most countries use the pooled table.
 */
public enum Country {
	RUSSIA("RUS", "Russia", "russian", 30, StrPopulation.ALL),
	KAZAKHSTAN("KAZ", "Kazakhstan", "kazakh", 7, StrPopulation.ALL),
	UZBEKISTAN("UZB", "Uzbekistan", "uzbek", 8, StrPopulation.ALL),
	TAJIKISTAN("TJK", "Tajikistan", "tajik", 7, StrPopulation.ALL),
	KYRGYZSTAN("KGZ", "Kyrgyzstan", "kyrgyz", 5, StrPopulation.ALL),
	ARMENIA("ARM", "Armenia", "armenian", 3, StrPopulation.ALL),
	GEORGIA("GEO", "Georgia", "georgian", 2, StrPopulation.ALL),
	AZERBAIJAN("AZE", "Azerbaijan", "azerbaijani", 3, StrPopulation.ALL),
	BELARUS("BLR", "Belarus", "belarusian", 3, StrPopulation.CAUCASIAN),
	CHINA("CHN", "China", "chinese", 6, StrPopulation.ASIAN),
	VIETNAM("VNM", "Viet Nam", "vietnamese", 3, StrPopulation.ASIAN),
	INDIA("IND", "India", "indian", 4, StrPopulation.ALL),
	TURKEY("TUR", "Türkiye", "turkish", 4, StrPopulation.ALL),
	SYRIA("SYR", "Syria", "arabic", 2, StrPopulation.ALL),
	EGYPT("EGY", "Egypt", "arabic", 2, StrPopulation.ALL),
	NIGERIA("NGA", "Nigeria", "west-african", 2, StrPopulation.AFRICAN_AMERICAN),
	GHANA("GHA", "Ghana", "west-african", 1, StrPopulation.AFRICAN_AMERICAN),
	ETHIOPIA("ETH", "Ethiopia", "ethiopian", 1, StrPopulation.ALL),
	BRAZIL("BRA", "Brazil", "latin-american", 2, StrPopulation.HISPANIC),
	MEXICO("MEX", "Mexico", "latin-american", 1, StrPopulation.HISPANIC),
	GERMANY("D", "Germany", "european", 2, StrPopulation.CAUCASIAN),
	FRANCE("FRA", "France", "european", 1, StrPopulation.CAUCASIAN),
	SOUTH_KOREA("KOR", "Republic of Korea", "korean", 1, StrPopulation.ASIAN);

	private final String icaoCode;

	private final String displayName;

	private final String nameOrigin;

	private final int weight;

	private final StrPopulation alleleFrequencies;

	Country(String icaoCode, String displayName, String nameOrigin, int weight, StrPopulation alleleFrequencies) {
		this.icaoCode = icaoCode;
		this.displayName = displayName;
		this.nameOrigin = nameOrigin;
		this.weight = weight;
		this.alleleFrequencies = alleleFrequencies;
	}

	/** The ICAO 9303 code, as in the machine-readable zone (without filler). */
	public String icaoCode() {
		return this.icaoCode;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The key of the name list in {@code population/names.txt}. */
	String nameOrigin() {
		return this.nameOrigin;
	}

	/** Relative share of this nationality in the simulation. */
	int weight() {
		return this.weight;
	}

	/** The NIST 1036 table used for this nationality's synthetic DNA. */
	public StrPopulation alleleFrequencies() {
		return this.alleleFrequencies;
	}

	/** Picks a nationality by weight from a uniform number u in [0, 1). */
	static Country pick(double u) {
		int total = 0;
		for (Country c : values()) {
			total += c.weight;
		}
		double target = u * total;
		for (Country c : values()) {
			target -= c.weight;
			if (target < 0) {
				return c;
			}
		}
		return RUSSIA;
	}
}
