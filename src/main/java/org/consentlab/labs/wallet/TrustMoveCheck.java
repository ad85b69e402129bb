package org.consentlab.labs.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.consentlab.account.Account;
import org.consentlab.inspector.Attack;
import org.consentlab.inspector.TrustAttack;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.verifier.RejectionCode;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.consentlab.wallet.RefusedRequests;
import org.springframework.stereotype.Component;

/**
 * L13 task (d): the learner breaks one trust check on purpose, with a move drawn from their seed,
 * and names the code of the check that stopped it. A wallet-side move (a request with a stripped
 * signature, another verifier's {@code x5c}, a root of one's own, a {@code redirect_uri:} prefix;
 * OpenID4VP 1.0 §5.9.3) must be among the learner's own refusals; a verifier-side one (an answer
 * in plain {@code direct_post} or to the wrong key, §8.3.1; a presentation replayed to another
 * verifier's {@code response_uri}, §14.1) in the rejection log of one of their own transactions.
 * Seven moves, eight codes: a classmate's code is, most of the time, not one asked of you.
 */
@Component
class TrustMoveCheck implements TaskCheck {

	/**
	 * One move a learner can be given: its button's id, the codes of the checks that stop it (a
	 * replay breaks two at once, the audience and the nonce), and on which side.
	 */
	record Move(String id, List<String> codes, boolean walletSide) {

		Move {
			codes = List.copyOf(codes);
		}
	}

	static final List<Move> MOVES = moves();

	/** Mixed into the seed so this draw is not the same as another lab's draw from the seed. */
	private static final long SALT = 0x4C31_33D0L;

	private final RefusedRequests refusals;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	TrustMoveCheck(RefusedRequests refusals, Verifiers verifiers, VerifierTransactions transactions) {
		this.refusals = refusals;
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	@Override
	public String taskId() {
		return "L13.broken";
	}

	@Override
	public Map<String, String> parameters(Account learner) {
		return Map.of("move", move(learner).id());
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		Move move = move(learner);
		List<String> seen = seen(learner, move);
		if (seen.isEmpty()) {
			return CheckResult.fail("check.L13.broken.not-yet", move.id());
		}
		String given = answer.strip().replace("`", "").replace(' ', '_').toUpperCase(Locale.ROOT);
		if (!seen.contains(given)) {
			return CheckResult.fail(
					move.walletSide() ? "check.L13.broken.wrong.wallet" : "check.L13.broken.wrong.verifier", move.id());
		}
		return CheckResult.pass(
				move.walletSide() ? "check.L13.broken.pass.wallet" : "check.L13.broken.pass.verifier",
				move.id(),
				given);
	}

	/** The learner's move, drawn from their seed. */
	static Move move(Account learner) {
		return MOVES.get(new SplittableRandom(learner.seed() ^ SALT).nextInt(MOVES.size()));
	}

	/** The codes of {@code move} that have stopped one of this learner's own requests or answers. */
	private List<String> seen(Account learner, Move move) {
		List<String> logged = move.walletSide()
				? refusals.of(learner.id()).stream().map(Enum::name).toList()
				: verifiers.all().stream()
						.flatMap(verifier -> transactions.of(learner.id(), verifier.id()).stream())
						.filter(tx -> tx.status() == Transaction.Status.REJECTED)
						.flatMap(tx -> transactions.outcome(learner.id(), tx.id()).stream())
						.flatMap(outcome -> outcome.codes().stream())
						.map(RejectionCode::name)
						.toList();
		return move.codes().stream().filter(logged::contains).toList();
	}

	private static List<Move> moves() {
		List<Move> moves = new ArrayList<>();
		for (TrustAttack attack : TrustAttack.values()) {
			moves.add(new Move(attack.id(), List.of(attack.code()), attack.side() == TrustAttack.Side.WALLET));
		}
		moves.add(new Move(
				Attack.REPLAY_OTHER_VERIFIER.id(),
				Attack.REPLAY_OTHER_VERIFIER.stoppedBy().stream()
						.map(Enum::name)
						.toList(),
				false));
		return List.copyOf(moves);
	}
}
