/**
 * Synthetic biometrics for the Registry world, in plain Java (JDK only, no Spring).
 *
 * <p>Every modality is calibrated to published figures, each listed with its source on the course's
 * Sources & methods page ({@code /sources}, from {@code sources/sources.md}): iris codes ({@code iris}), face embeddings ({@code face}), fingerprint and voice
 * score models ({@code scores}) and DNA STR profiles ({@code dna}). This package holds what they
 * share: the 1:N search plumbing (progress, cancellation, top-k candidates), deterministic seeds,
 * the base-rate arithmetic of large searches and the typed error learners see.
 *
 * <p>Where to start: {@code iris.IrisGallery} and {@code face.FaceGallery} (1:N search with
 * {@link org.consentlab.biometrics.SearchOptions}: top-k, progress, cancellation);
 * {@code iris.IrisModel}, {@code face.FaceModel}, {@code scores.FingerprintModel} and
 * {@code scores.VoiceModel} (calibrated rates); {@code identification.IdentificationExperiment}
 * (FPIR/FNIR against N and threshold, lab L3); {@code dna.FamilialSearch},
 * {@code dna.KinshipIndex} and {@code dna.RandomMatchProbability} (lab L4);
 * {@link org.consentlab.biometrics.LargeSearch} (E = N·FMR, FPIR). Bad requests raise
 * {@link org.consentlab.biometrics.BiometricException} with a stable problem code.
 *
 * <p>Numbers marked "model" in the doc comments come from our simulation model, not from a
 * publication, and must be labelled that way on screen.
 */
package org.consentlab.biometrics;
