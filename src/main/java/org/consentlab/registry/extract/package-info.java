/**
 * The third answer mode (Aadhaar's Paperless Offline e-KYC; Sources & methods, {@code /sources#answer-modes}): a signed offline
 * extract the holder downloads and filters ({@link org.consentlab.registry.extract.OfflineExtract}),
 * and the Registry's signing keys.
 */
@NamedInterface("extract")
package org.consentlab.registry.extract;

import org.springframework.modulith.NamedInterface;
