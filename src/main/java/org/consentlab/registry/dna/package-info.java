/**
 * Lab L4: the Registry's DNA database, familial search (Sources & methods, {@code /sources#dna-kinship}) that finds relatives of
 * people who never gave DNA ({@link org.consentlab.registry.dna.DnaDatabase}), and the family
 * graph that draws them.
 */
@NamedInterface("dna")
package org.consentlab.registry.dna;

import org.springframework.modulith.NamedInterface;
