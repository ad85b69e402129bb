package org.consentlab.registry.breach;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.DataCategory;

/**
 * Which columns an insider's dump holds, per learner: the passport number and the face template
 * always (the gate needs the face), and of the others a share drawn from the learner's seed, as
 * different insiders copy different tables. Fingerprints come one column per finger, as a
 * registry's tables keep them, so dumps differ finger by finger. Lab L5 asks which columns of one's
 * own dump stay harmful forever.
 */
public final class DumpColumns {

	/**
	 * One column of the dump.
	 *
	 * @param name as the file's first line writes it
	 * @param category the kind of data it holds
	 * @param index which finger, for a fingerprint column (0 to 9); 0 otherwise
	 */
	public record Column(String name, DataCategory category, int index) {

		public Column {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(category, "category");
		}
	}

	private static final String[] FINGERS = {
		"right_thumb",
		"right_index",
		"right_middle",
		"right_ring",
		"right_little",
		"left_thumb",
		"left_index",
		"left_middle",
		"left_ring",
		"left_little"
	};

	/** The columns a dump may hold besides passport and face, in file order. */
	private static final List<Column> OPTIONAL = optional();

	private DumpColumns() {}

	/** The columns of this learner's dump, in file order: passport and face, then the drawn ones. */
	public static List<Column> of(long learnerSeed) {
		SplittableRandom random = Seeds.random(learnerSeed, 0xD0C6L);
		List<Column> columns = new ArrayList<>(List.of(
				new Column("passport", DataCategory.PASSPORT, 0), new Column("face_template", DataCategory.FACE, 0)));
		for (Column optional : OPTIONAL) {
			if (random.nextBoolean()) {
				columns.add(optional);
			}
		}
		return List.copyOf(columns);
	}

	private static List<Column> optional() {
		List<Column> optional = new ArrayList<>();
		optional.add(new Column("address", DataCategory.ADDRESS, 0));
		optional.add(new Column("employer", DataCategory.EMPLOYER, 0));
		for (int finger = 0; finger < FINGERS.length; finger++) {
			optional.add(new Column("fingerprint_" + FINGERS[finger], DataCategory.FINGERPRINTS, finger));
		}
		optional.add(new Column("voice", DataCategory.VOICE, 0));
		optional.add(new Column("dna", DataCategory.DNA, 0));
		return List.copyOf(optional);
	}
}
