/**
 * Iris recognition after Daugman: 2,048-bit IrisCodes with a mask, fractional Hamming distance,
 * the best of 7 rotations, Daugman's false-match odds, and a 1:N gallery that scans one million
 * codes held in a single {@code long[]}.
 *
 * <p>Sources (also on {@code /sources#iris-model}): J. Daugman, "How Iris Recognition Works / search page",
 * http://www.cl.cam.ac.uk/~jgd1000/search.html; "The importance of being random", Pattern
 * Recognition 36 (2003) 279–291 (≈249 degrees of freedom over 9.1 million impostor comparisons);
 * "Why False Match Probability does not Accumulate in Large Database Searches",
 * http://www.CL.cam.ac.uk/users/jgd1000/largedatabases.html (the odds table).
 */
package org.consentlab.biometrics.iris;
