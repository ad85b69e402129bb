package org.consentlab.population;

import java.util.Objects;
import org.consentlab.biometrics.dna.StrInheritance;
import org.consentlab.biometrics.dna.StrProfile;
import org.consentlab.biometrics.face.FaceEmbeddings;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.biometrics.iris.IrisCode;
import org.consentlab.biometrics.iris.IrisCodes;

/**
 * The biometric templates of a population's people, derived on demand from (biometric seed, person
 * id) so nothing is stored: iris codes (one eye per person here), face embeddings and DNA profiles
 * inherited along the real family tree (founders draw from their nationality's allele table).
 * Capture 0 is the enrolment; captures 1, 2, … are later, noisier samples of the same person.
 */
public final class PopulationBiometrics {

	private final Population population;

	private final long seed;

	public PopulationBiometrics(Population population) {
		this.population = Objects.requireNonNull(population);
		this.seed = population.biometricSeed();
	}

	/** The iris code of person {@code id}: capture 0 is the enrolment. */
	public IrisCode iris(int id, int capture) {
		this.population.checkId(id);
		return capture == 0 ? IrisCodes.enrolment(this.seed, id) : IrisCodes.capture(this.seed, id, capture);
	}

	/** The enrolled iris bits of person {@code id} (for building galleries without objects). */
	public long[] irisEnrolmentBits(int id) {
		return IrisCodes.enrolmentBits(this.seed, this.population.checkId(id));
	}

	/** The face embedding of person {@code id} under an algorithm preset. */
	public float[] face(int id, int capture, FacePreset preset) {
		return FaceEmbeddings.capture(this.seed, this.population.checkId(id), capture, preset);
	}

	/** The STR profile of person {@code id}: inherited from the parents, or drawn for founders. */
	public StrProfile dna(int id) {
		int mum = this.population.mother[this.population.checkId(id)];
		int dad = this.population.father[id];
		if (mum < 0 || dad < 0) {
			return StrInheritance.founder(
					this.seed, id, Country.values()[this.population.nationality[id]].alleleFrequencies());
		}
		return StrInheritance.child(this.seed, id, dna(mum), dna(dad));
	}
}
