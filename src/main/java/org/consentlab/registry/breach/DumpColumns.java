package org.consentlab.registry.breach;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.consentlab.biometrics.Seeds;
import org.consentlab.registry.DataCategory;

/**
 * Which columns an insider's dump holds, per learner: the identity and the face template always (the
 * gate needs the face), and of the other kinds a share drawn from the learner's seed, as different
 * insiders copy different tables. Lab L5 asks which columns of one's own dump stay harmful forever.
 */
public final class DumpColumns {

	/** The optional columns, each with the kind of data it holds. */
	private static final List<DataCategory> OPTIONAL = List.of(
			DataCategory.ADDRESS,
			DataCategory.EMPLOYER,
			DataCategory.FINGERPRINTS,
			DataCategory.VOICE,
			DataCategory.DNA);

	private DumpColumns() {}

	/** The kinds of data in this learner's dump, in column order: passport and face, then the drawn ones. */
	public static List<DataCategory> of(long learnerSeed) {
		SplittableRandom random = Seeds.random(learnerSeed, 0xD0C5L);
		List<DataCategory> columns = new ArrayList<>(List.of(DataCategory.PASSPORT, DataCategory.FACE));
		for (DataCategory optional : OPTIONAL) {
			if (random.nextBoolean()) {
				columns.add(optional);
			}
		}
		if (columns.size() == 2) {
			columns.add(OPTIONAL.get(random.nextInt(OPTIONAL.size())));
		}
		return List.copyOf(columns);
	}
}
