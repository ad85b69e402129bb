package org.consentlab.labs.scorecard;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.verifier.Transaction;

/**
 * The same week of life events in both worlds, side by side, computed from the learner's own runs:
 * the Registry's query log and the verifiers' transaction logs.
 *
 * @param rows one per event of the week, in time order
 * @param lived whether the learner has lived the week in the Registry world (lab L2)
 * @param held what the Registry holds about the learner (empty before enrolment, lab L1)
 * @param statements the three principle statements, in the order shown to this learner (A, B, C)
 */
public record Scorecard(List<Row> rows, boolean lived, Set<DataCategory> held, List<Principle> statements) {

	/**
	 * The kinds of data that come from the body and cannot be changed once copied: biometric data
	 * "cannot be retrieved once stolen" (Security Today on the BioStar 2 breach, 15 Aug 2019;
	 * /sources#scorecard).
	 */
	static final Set<DataCategory> BIOMETRIC =
			Set.of(DataCategory.FACE, DataCategory.FINGERPRINTS, DataCategory.VOICE, DataCategory.DNA);

	public Scorecard {
		rows = List.copyOf(rows);
		held = Set.copyOf(held);
		statements = List.copyOf(statements);
	}

	/**
	 * One event of the week.
	 *
	 * @param logged whether the Registry's log holds this check, answered or refused
	 * @param registryData what the Registry handed out for this check; empty when it refused or has not run
	 * @param verifierId the Wallet world's verifier for this checkpoint, empty when no identity is needed
	 * @param wallet the learner's latest decided transaction with that verifier, if any
	 */
	public record Row(
			Agency agency,
			String place,
			LocalDateTime at,
			boolean logged,
			Optional<Set<DataCategory>> registryData,
			Optional<String> verifierId,
			String noCheckKey,
			Optional<Transaction> wallet) {

		/** Who learned of this event in the Registry world: the checkpoint and the Registry, which logs it. */
		public int registryParties() {
			return registryData.isPresent() ? 2 : 0;
		}

		/** Who learned of it in the Wallet world: the verifier, if the learner presented; the issuer never does. */
		public int walletParties() {
			return verified() ? 1 : 0;
		}

		/** The learner presented or declined: either way, the scorecard has this row's wallet answer. */
		public boolean decided() {
			return wallet.isPresent();
		}

		public boolean verified() {
			return wallet.filter(tx -> tx.status() == Transaction.Status.VERIFIED)
					.isPresent();
		}

		public List<String> walletClaims() {
			return verified() ? wallet.get().disclosed() : List.of();
		}

		/** Biometric comparisons this check made: each one a chance of a false rejection or a false match. */
		public boolean biometric() {
			return registryData
					.map(data -> data.stream().anyMatch(BIOMETRIC::contains))
					.orElse(false);
		}
	}

	/** Data items the Registry handed out about the learner in the week: one per kind of data per check. */
	public int registryItems() {
		return rows.stream()
				.mapToInt(row -> row.registryData().map(Set::size).orElse(0))
				.sum();
	}

	/** Claims the learner's wallet disclosed in the week's verified presentations. */
	public int walletClaims() {
		return rows.stream().mapToInt(row -> row.walletClaims().size()).sum();
	}

	/** Distinct parties that learned of at least one event: the Registry itself and each checkpoint it answered. */
	public long registryParties() {
		long agencies = rows.stream()
				.filter(row -> row.registryData().isPresent())
				.map(Row::agency)
				.distinct()
				.count();
		return agencies == 0 ? 0 : agencies + 1;
	}

	/** Distinct verifiers that learned of at least one event. */
	public long walletParties() {
		return rows.stream()
				.filter(Row::verified)
				.map(row -> row.verifierId().orElseThrow())
				.distinct()
				.count();
	}

	public long biometricChecks() {
		return rows.stream().filter(Row::biometric).count();
	}

	/**
	 * The best face algorithms' false non-match rate for border photos at a false-match rate of one
	 * in a million: 0.0035 (NIST FRTE 1:1 report card of 2020, Visa to Border; a copy of its data is
	 * data/frvt_11_overview.csv in https://github.com/martinsbruveris/nist-frvt-analysis;
	 * /sources#scorecard).
	 */
	static final double FACE_FNMR = 0.0035;

	/** About how many times a week of biometric checks wrongly rejects the learner, at {@link #FACE_FNMR}. */
	public double expectedFalseRejections() {
		return biometricChecks() * FACE_FNMR;
	}

	/** The most one breached checkpoint of the Registry world holds about the learner: its largest answer. */
	public int largestRegistryAnswer() {
		return rows.stream()
				.mapToInt(row -> row.registryData().map(Set::size).orElse(0))
				.max()
				.orElse(0);
	}

	/** The most one breached verifier holds about the learner: its largest presentation. */
	public int largestPresentation() {
		return rows.stream().mapToInt(row -> row.walletClaims().size()).max().orElse(0);
	}

	/** Events of the week in the Registry's log: a breach of the Registry leaks where and when, too. */
	public long loggedEvents() {
		return rows.stream().filter(Row::logged).count();
	}

	/**
	 * Claims a verifier may keep that cannot be changed either: a name and a birth date leak for good,
	 * like a face (the credential itself can be revoked and reissued, what was shown cannot).
	 */
	static final Set<String> FIXED_CLAIMS =
			Set.of("given_name", "family_name", "birth_family_name", "birthdate", "place_of_birth");

	/** Items that can never be changed which the Registry handed out in the week: one per kind per check. */
	public int registryFixedItems() {
		return rows.stream()
				.mapToInt(row -> (int) row.registryData().orElse(Set.of()).stream()
						.filter(BIOMETRIC::contains)
						.count())
				.sum();
	}

	/** Claims that can never be changed which the wallet disclosed in the week's verified presentations. */
	public int walletFixedItems() {
		return rows.stream()
				.mapToInt(row -> (int) row.walletClaims().stream()
						.filter(FIXED_CLAIMS::contains)
						.count())
				.sum();
	}

	/**
	 * The parties that now hold something about the learner that can never be changed: each
	 * checkpoint the Registry handed body data to, the Registry itself when it holds any, and each
	 * verifier that received a name or a birth date. Lab L12's question; the page shows only the rows.
	 */
	public long partiesHoldingFixedItems() {
		long agencies = rows.stream()
				.filter(row -> row.registryData().orElse(Set.of()).stream().anyMatch(BIOMETRIC::contains))
				.map(Row::agency)
				.distinct()
				.count();
		long verifiers = rows.stream()
				.filter(row -> row.walletClaims().stream().anyMatch(FIXED_CLAIMS::contains))
				.map(row -> row.verifierId().orElseThrow())
				.distinct()
				.count();
		return agencies + (irrevocable().isEmpty() ? 0 : 1) + verifiers;
	}

	/** What the Registry holds about the learner that cannot be changed if it leaks. */
	public Set<DataCategory> irrevocable() {
		return held.stream().filter(BIOMETRIC::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** Checkpoints with a Wallet-world verifier that still wait for the learner's answer. */
	public long walletCheckpointsWaiting() {
		return rows.stream()
				.filter(row -> row.verifierId().isPresent() && !row.decided())
				.map(row -> row.verifierId().get())
				.distinct()
				.count();
	}
}
