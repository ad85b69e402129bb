/**
 * The third answer mode (FACTS.md §11, Aadhaar's Paperless Offline e-KYC): a signed offline
 * extract the holder downloads and filters ({@link org.consentlab.registry.extract.OfflineExtract}),
 * and the Registry's signing keys.
 */
@NamedInterface("extract")
package org.consentlab.registry.extract;

import org.springframework.modulith.NamedInterface;
