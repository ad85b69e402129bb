/**
 * Lab L4: the Registry's DNA database, familial search (FACTS.md §5.4) that finds relatives of
 * people who never gave DNA ({@link org.consentlab.registry.dna.DnaDatabase}), and the family
 * graph that draws them.
 */
@NamedInterface("dna")
package org.consentlab.registry.dna;

import org.springframework.modulith.NamedInterface;
