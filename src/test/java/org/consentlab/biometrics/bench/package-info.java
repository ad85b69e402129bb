/**
 * JMH benchmarks of the 1:N engines, run with the {@code bench} Maven profile (never part of
 * {@code verify}). Each benchmark measures a floor — one streaming pass over the same gallery
 * memory — in the same run, so results are read as ratios to the floor.
 */
package org.consentlab.biometrics.bench;
