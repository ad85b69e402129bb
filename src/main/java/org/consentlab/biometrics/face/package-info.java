/**
 * Face recognition as unit-vector embeddings compared by cosine similarity, calibrated to the NIST
 * operating points and demographic differentials below (Sources & methods, {@code /sources#face-model}).
 *
 * <p>Sources: NIST FRVT 1:1 report card (≈2020 copy, github.com/martinsbruveris/nist-frvt-analysis,
 * {@code data/frvt_11_overview.csv}); NIST FRTE 1:N leaderboard (usnistgov/frvt,
 * {@code html/frvt1N.html}: FNIR 0.0006 at FPIR 0.003, N = 12 million); NISTIR 8280 (Grother, Ngan
 * and Hanaoka, 2019, doi:10.6028/NIST.IR.8280: false-positive differentials of 10 to 100 times).
 * The embedding recipe (effective dimension 200, log-normal capture noise) is our model
 * ({@code /sources#face-model}), not a published network.
 */
package org.consentlab.biometrics.face;
