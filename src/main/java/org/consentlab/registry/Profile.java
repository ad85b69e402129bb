package org.consentlab.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consentlab.biometrics.Seeds;
import org.consentlab.biometrics.dna.Locus;
import org.consentlab.biometrics.dna.StrProfile;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.population.FamilyTies;
import org.consentlab.population.Person;
import org.consentlab.population.Population;
import org.consentlab.population.PopulationBiometrics;

/**
 * Everything the Registry links to one enrolled person, as the profile page shows it: only the
 * categories captured on the person's enrolment path are filled in.
 *
 * @param face the first values of the 512-number face embedding (the face model set to NIST's 2020 FRTE 1:1 report card, /sources#face-model)
 * @param fingers a template reference per finger (the simulation models fingerprint scores, not images)
 * @param dna the STR profile at the 20 CODIS core loci, one row per locus
 */
public record Profile(
		Subject subject,
		Person person,
		Set<DataCategory> held,
		List<String> face,
		List<String> fingers,
		String voice,
		List<DnaRow> dna,
		List<Relative> relatives) {

	/** One CODIS locus and its two alleles (repeat counts). */
	public record DnaRow(String locus, int first, int second) {}

	/** A relative the Registry links to the profile; the relation names a message key. */
	public record Relative(String relation, String name) {}

	/** Ten fingers, right thumb first; their names are in the message bundle. */
	static final int FINGERS = 10;

	public static Profile of(
			Subject subject, Set<DataCategory> held, Population people, PopulationBiometrics biometrics) {
		int id = subject.personId();
		long seed = people.biometricSeed();
		List<String> face = new ArrayList<>();
		if (held.contains(DataCategory.FACE)) {
			float[] embedding = FaceEmbeddings.enrolment(seed, id, FacePreset.NIST_2020_ONE_TO_ONE);
			for (int i = 0; i < 6; i++) {
				face.add(String.format(Locale.ROOT, "%+.4f", embedding[i]));
			}
		}
		List<String> fingers = new ArrayList<>();
		if (held.contains(DataCategory.FINGERPRINTS)) {
			for (int f = 0; f < FINGERS; f++) {
				fingers.add(hex(Seeds.derive(seed, 0xF1L, id, f)));
			}
		}
		String voice = held.contains(DataCategory.VOICE) ? hex(Seeds.derive(seed, 0x701CEL, id)) : "";
		List<DnaRow> dna = new ArrayList<>();
		if (held.contains(DataCategory.DNA)) {
			StrProfile profile = biometrics.dna(id);
			for (Locus locus : Locus.values()) {
				dna.add(new DnaRow(locus.label(), profile.allele(locus, 0), profile.allele(locus, 1)));
			}
		}
		List<Relative> relatives = held.contains(DataCategory.RELATIVES) ? relatives(people, id) : List.of();
		return new Profile(subject, people.person(id), held, face, fingers, voice, dna, relatives);
	}

	private static List<Relative> relatives(Population people, int id) {
		FamilyTies ties = people.family(id);
		List<Relative> relatives = new ArrayList<>();
		ties.parents()
				.forEach(r ->
						relatives.add(new Relative("parent", people.person(r).fullName())));
		ties.siblings()
				.forEach(r ->
						relatives.add(new Relative("sibling", people.person(r).fullName())));
		ties.children()
				.forEach(r ->
						relatives.add(new Relative("child", people.person(r).fullName())));
		ties.cousins()
				.forEach(r ->
						relatives.add(new Relative("cousin", people.person(r).fullName())));
		return relatives;
	}

	private static String hex(long value) {
		return String.format(Locale.ROOT, "%016x", value);
	}
}
