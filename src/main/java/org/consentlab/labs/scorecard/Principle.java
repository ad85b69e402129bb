package org.consentlab.labs.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;

/**
 * The three data-protection principles of GDPR Art. 5(1) that the scorecard's differences map to:
 * (b) purpose limitation, (c) data minimisation, (e) storage limitation.
 */
public enum Principle {
	// The stems of each principle's name in every language of the course (glossary.ru.tsv):
	// "минимизация данных", "ограничение цели обработки", "ограничение срока хранения".
	MINIMISATION("minimi", "минимиз"),
	PURPOSE_LIMITATION("purpose", "цел"),
	STORAGE_LIMITATION("storage", "хранени");

	private final List<String> stems;

	Principle(String... stems) {
		this.stems = List.of(stems);
	}

	public String statementKey() {
		return "scorecard.statement." + name();
	}

	public String nameKey() {
		return "scorecard.principle." + name();
	}

	/** The statements in the order this learner's scorecard shows them, A, B, C: drawn from the seed. */
	static List<Principle> order(long seed) {
		List<Principle> remaining = new ArrayList<>(List.of(values()));
		List<Principle> order = new ArrayList<>();
		SplittableRandom random = Seeds.random(seed, 0x5C0EL);
		while (!remaining.isEmpty()) {
			order.add(remaining.remove(random.nextInt(remaining.size())));
		}
		return List.copyOf(order);
	}

	/**
	 * Reads one principle as a learner may write it, in any language of the course: "data
	 * minimisation", "minimization", "Purpose", "storage limitation", "минимизация данных".
	 */
	static Optional<Principle> read(String word) {
		String lower = word.strip().toLowerCase(Locale.ROOT);
		for (Principle principle : values()) {
			if (principle.stems.stream().anyMatch(lower::contains)) {
				return Optional.of(principle);
			}
		}
		return Optional.empty();
	}
}
