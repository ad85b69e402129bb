/**
 * DNA: STR profiles at the 20 CODIS core loci, drawn from the NIST 1036 allele frequencies (public
 * domain; Hill et al. 2013, FSI:G 7:e82, revised by Steffen et al. 2017, FSI:G 31:e36), inherited
 * within families by Mendel's rules, with random match probabilities, kinship likelihood ratios
 * and familial search ({@code /sources#dna-kinship}).
 *
 * <p>Model limits: Hardy–Weinberg proportions, independent loci, no mutation, no
 * population substructure (θ = 0). Real casework corrects for all of these, which makes its
 * extreme match probabilities less extreme.
 */
package org.consentlab.biometrics.dna;
