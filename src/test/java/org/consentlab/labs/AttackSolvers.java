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

	private AttackSolvers() {}

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
					for (AttackDriver.Attempt attempt : new AttackDriver(learner).attempts()) {
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
					for (AttackDriver.Attempt attempt : new AttackDriver(learner).attempts()) {
						pairs.add(attempt.attack() + " = " + attempt.codes().get(0));
					}
					return String.join(", ", pairs);
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
