/**
 * Lab L5: an insider's export of the Registry, templates included, and a face gate at the 1:1
 * operating point (Sources & methods, {@code /sources#face-model}) that a leaked template opens
 * ({@link org.consentlab.registry.breach.BiometricGate}): a biometric cannot be revoked.
 */
@NamedInterface("breach")
package org.consentlab.registry.breach;

import org.springframework.modulith.NamedInterface;
