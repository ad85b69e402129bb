/**
 * False-positive and false-negative identification rates of 1:N search against gallery size and
 * threshold (lab L3): simulated from the calibrated score models of each modality, with the base
 * rate arithmetic of the course's Sources & methods page, {@code /sources#base-rate} (FPIR = 1 − (1 − FMR)^N) drawn alongside.
 */
package org.consentlab.biometrics.identification;
