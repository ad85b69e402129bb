/**
 * Score models for modalities we simulate as scores rather than templates: fingerprints (two index
 * fingers, calibrated to the US-VISIT and NIST FRIF-TE operating points) and voice (speaker
 * embeddings compared by cosine, calibrated to SpeechBrain's ECAPA-TDNN equal error rate).
 * Sources: NISTIR 7110 (Wilson, Garris, Watson, 2004); usnistgov/frifte E1N results; SpeechBrain
 * model card https://huggingface.co/speechbrain/spkrec-ecapa-voxceleb ({@code /sources#fingerprints}; the voice
 * presets are illustrative).
 */
package org.consentlab.biometrics.scores;
