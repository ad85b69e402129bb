package org.consentlab.biometrics;

/**
 * One gallery entry a 1:N search returned: its position in the gallery and its comparison score
 * (a fractional Hamming distance for iris, a cosine similarity for face).
 */
public record Candidate(int galleryIndex, double score) {

	public Candidate {
		if (galleryIndex < 0) {
			throw new IllegalArgumentException("A gallery index cannot be negative: " + galleryIndex);
		}
	}
}
