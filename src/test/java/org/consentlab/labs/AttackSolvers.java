package org.consentlab.labs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.support.AttackDriver;
import org.consentlab.support.WalletDriver;
import org.consentlab.support.WebClient;

/** L9 and L10: each solver attacks or shows credentials through the app's pages, as a student would. */
final class AttackSolvers {

	/** The moves the L9 solver makes, with the verifier each is sent to. */
	private static final Map<String, String> MOVES = new LinkedHashMap<>();

	static {
		MOVES.put("change-value", "hotel");
		MOVES.put("forged-disclosure", "hotel");
		MOVES.put("alg-none", "hotel");
		MOVES.put("own-key", "hotel");
		MOVES.put("replay-other-verifier", "border");
		MOVES.put("old-nonce", "hotel");
		MOVES.put("drop-key-binding", "hotel");
	}

	private static final Pattern ROW = Pattern.compile(
			"<th scope=\"row\">([AB]\\d+)</th>\\s*<td><code>[^<]*</code></td>\\s*<td><code>([^<]+)</code></td>");

	/** The verifiers that take the personal ID and that a learner answers. */
	private static final List<String> WEAKENED_CANDIDATES = List.of("bar", "bank", "hotel", "sim");

	private AttackSolvers() {}

	/** The learner's attacks that a verifier refused, each with its codes. */
	private static List<AttackDriver.Attempt> refused(WebClient learner) {
		return new AttackDriver(learner)
				.attempts().stream().filter(a -> !a.codes().isEmpty()).toList();
	}

	static final Map<String, TaskSolver> ALL = Map.of(
			"L9.attacks",
			TaskSolvers.byDoing(learner -> {
				WalletDriver wallet = new WalletDriver(learner);
				wallet.answer(wallet.openRequest("hotel"), "share");
				AttackDriver attacks = new AttackDriver(learner);
				long source = attacks.sources().get(0);
				MOVES.forEach((move, target) -> attacks.attack(source, target, move));
			}),
			"L9.matched",
			new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					List<String> pairs = new ArrayList<>();
					for (AttackDriver.Attempt attempt : refused(learner)) {
						pairs.add(attempt.attack() + " = "
								+ (attempt.codes().contains("SIGNATURE_INVALID")
										? "NONCE_MISMATCH"
										: "SIGNATURE_INVALID"));
					}
					return String.join(", ", pairs);
				}

				@Override
				public String right(WebClient learner) {
					List<String> pairs = new ArrayList<>();
					for (AttackDriver.Attempt attempt : refused(learner)) {
						pairs.add(attempt.attack() + " = " + attempt.codes().get(0));
					}
					return String.join(", ", pairs);
				}
			},
			"L9.switched-off",
			new TaskSolver() {

				/** The weak verifier and the code to name, found by sending both moves to every candidate. */
				private final Map<WebClient, String> found = new java.util.IdentityHashMap<>();

				@Override
				public void prepare(WebClient learner) {
					AttackDriver attacks = new AttackDriver(learner);
					WalletDriver wallet = new WalletDriver(learner);
					String weak = null;
					String move = null;
					for (String verifier : WEAKENED_CANDIDATES) {
						if (weak != null) {
							break;
						}
						// from a presentation this verifier accepted, so it holds every claim the verifier asks for
						wallet.answer(wallet.openRequest(verifier), "share");
						long source = attacks.sources().get(0);
						for (String attack : List.of("drop-key-binding", "old-nonce")) {
							if ("VERIFIED"
									.equals(attacks.attack(source, verifier, attack)
											.status())) {
								weak = verifier;
								move = attack;
							}
						}
					}
					if (weak == null) {
						throw new AssertionError("no verifier accepted a forged presentation");
					}
					String code = null;
					for (AttackDriver.Attempt attempt : refused(learner)) {
						if (attempt.attack().equals(move)) {
							code = attempt.codes().get(0);
						}
					}
					found.put(learner, weak + " = " + code);
				}

				@Override
				public String wrong(WebClient learner) {
					String right = right(learner);
					return right.endsWith("NONCE_MISMATCH")
							? right.replace("NONCE_MISMATCH", "KEY_BINDING_MISSING")
							: right.replace("KEY_BINDING_MISSING", "NONCE_MISMATCH");
				}

				@Override
				public String right(WebClient learner) {
					return found.get(learner);
				}
			},
			"L10.links",
			new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					return "A1-B1, A2-B2";
				}

				@Override
				public String right(WebClient learner) {
					Map<String, List<String>> bySignature = new LinkedHashMap<>();
					Matcher rows = ROW.matcher(learner.get("/verifiers/pooled").body());
					while (rows.find()) {
						bySignature
								.computeIfAbsent(rows.group(2), s -> new ArrayList<>())
								.add(rows.group(1));
					}
					List<String> pairs = new ArrayList<>();
					bySignature.values().stream()
							.filter(labels -> labels.size() == 2)
							.forEach(labels -> pairs.add(labels.get(0) + "-" + labels.get(1)));
					return String.join(", ", pairs);
				}
			},
			"L10.unlinkable",
			TaskSolvers.byDoing(learner -> {
				WalletDriver wallet = new WalletDriver(learner);
				wallet.answer(wallet.openRequest("hotel"), "share");
				wallet.receivePid();
				wallet.answer(wallet.openRequest("sim"), "share");
			}));
}
