package org.consentlab.registry.identification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.consentlab.biometrics.Seeds;
import org.consentlab.biometrics.face.DemographicDifferential;
import org.consentlab.biometrics.face.FacePreset;
import org.consentlab.biometrics.identification.IdentificationExperiment;
import org.consentlab.biometrics.identification.RateCurve;
import org.consentlab.biometrics.identification.ScoreModel;
import org.consentlab.biometrics.identification.ScoreModels;
import org.springframework.stereotype.Service;

/**
 * Lab L3: 1:N identification rates at a gallery size, per learner seed, from the biometrics
 * engine's {@link IdentificationExperiment} (2,000 non-mated and 20,000 mated searches drawn from
 * the calibrated score models; no gallery is built, so one million takes well under a second).
 * At most two experiments run at once for the whole server, and recent curves are kept, so one
 * learner's clicks cannot starve the others.
 */
@Service
public class Identification {

	/** The largest gallery the lab offers. */
	public static final long MAX_GALLERY = 1_000_000;

	/** The modalities of the lab, each with the threshold range its chart shows. */
	public enum Modality {
		IRIS(0.25, 0.35, 0.0005),
		FACE(0.25, 0.55, 0.0015);

		final double from;

		final double to;

		final double step;

		Modality(double from, double to, double step) {
			this.from = from;
			this.to = to;
			this.step = step;
		}

		ScoreModel model() {
			return model(DemographicDifferential.NONE);
		}

		/**
		 * The score model for searches within one demographic group; the group changes only faces,
		 * whose false-positive differentials NISTIR 8280 measured (iris has no group shift here).
		 */
		ScoreModel model(DemographicDifferential group) {
			return this == IRIS ? ScoreModels.iris() : ScoreModels.face(FacePreset.NIST_2020_ONE_TO_ONE, group);
		}

		/** The thresholds a chart shows, from {@code from} to {@code to}. */
		public double[] thresholds() {
			int n = (int) Math.round((to - from) / step) + 1;
			double[] t = new double[n];
			for (int i = 0; i < n; i++) {
				t[i] = Math.round((from + i * step) * 1e6) / 1e6;
			}
			return t;
		}
	}

	private final Semaphore running = new Semaphore(2);

	private final Map<String, RateCurve> recent = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RateCurve> eldest) {
			return size() > 32;
		}
	};

	/** The learner's curve: the same learner, modality and gallery size always give the same one. */
	public RateCurve curve(long learnerSeed, Modality modality, long gallery) {
		return curve(learnerSeed, modality, gallery, DemographicDifferential.NONE);
	}

	/**
	 * The learner's curve for probes and gallery drawn from one demographic group (lab L3's toggle):
	 * a group whose impostors look more alike gets more false positives at the same threshold.
	 */
	public RateCurve curve(long learnerSeed, Modality modality, long gallery, DemographicDifferential group) {
		DemographicDifferential used = modality == Modality.IRIS ? DemographicDifferential.NONE : group;
		String key = learnerSeed + "/" + modality + "/" + gallery + "/" + used;
		synchronized (recent) {
			RateCurve hit = recent.get(key);
			if (hit != null) {
				return hit;
			}
		}
		running.acquireUninterruptibly();
		try {
			RateCurve curve =
					IdentificationExperiment.run(modality.model(used), gallery, Seeds.derive(learnerSeed, 0x13L));
			synchronized (recent) {
				recent.put(key, curve);
			}
			return curve;
		} finally {
			running.release();
		}
	}

	/** The per-comparison false-match rate of a modality's model at a threshold. */
	public static double falseMatchRate(Modality modality, double threshold) {
		return modality.model().falseMatchRate(threshold);
	}
}
