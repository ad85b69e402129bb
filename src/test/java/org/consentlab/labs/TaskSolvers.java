package org.consentlab.labs;

import java.util.Map;
import org.consentlab.support.WebClient;

/** A solver per task id, gathered from one class per part of the course. */
final class TaskSolvers {

	static final Map<String, TaskSolver> ALL = merge(
			WarmupSolvers.ALL,
			RegistrySolvers.ALL,
			WalletSolvers.ALL,
			AttackSolvers.ALL,
			ScorecardSolvers.ALL,
			TrustSolvers.ALL,
			reflections());

	private TaskSolvers() {}

	/** Each lab's closing reflection: a few honest words pass, a few words do not. */
	private static Map<String, TaskSolver> reflections() {
		Map<String, TaskSolver> all = new java.util.HashMap<>();
		for (int lab = 0; lab <= 13; lab++) {
			all.put("L" + lab + ".reflection", new TaskSolver() {
				@Override
				public String wrong(WebClient learner) {
					return "Not sure yet.";
				}

				@Override
				public String right(WebClient learner) {
					return "I did not expect that so many parties could read my data without asking me, and I would"
							+ " want to know who checks them.";
				}
			});
		}
		return all;
	}

	private static final java.util.regex.Pattern LANG = java.util.regex.Pattern.compile("<html lang=\"([a-z-]+)\"");

	/**
	 * Reads a page's facts in English, then gives the learner back their language: where a solver
	 * must understand the words of a page (a scenario, a summary sentence), it reads the original;
	 * every answer is still sent, and checked, in the learner's own language.
	 */
	static <T> T readingInEnglish(WebClient learner, java.util.function.Supplier<T> read) {
		java.util.regex.Matcher lang = LANG.matcher(learner.get("/labs").body());
		String language = lang.find() ? lang.group(1) : "en";
		if (language.equals("en")) {
			return read.get();
		}
		learner.post("/language", "lang", "en", "back", "/labs");
		try {
			return read.get();
		} finally {
			learner.post("/language", "lang", language, "back", "/labs");
		}
	}

	@SafeVarargs
	private static Map<String, TaskSolver> merge(Map<String, TaskSolver>... parts) {
		Map<String, TaskSolver> all = new java.util.HashMap<>();
		for (Map<String, TaskSolver> part : parts) {
			part.forEach((id, solver) -> {
				if (all.put(id, solver) != null) {
					throw new IllegalStateException("two solvers for " + id);
				}
			});
		}
		return Map.copyOf(all);
	}

	/**
	 * A task without an answer field: before {@code doing} the check must fail, after it pass. The
	 * learner's action is the whole solution.
	 */
	static TaskSolver byDoing(java.util.function.Consumer<WebClient> doing) {
		return new TaskSolver() {
			@Override
			public void prepare(WebClient learner) {
				doing.accept(learner);
			}

			@Override
			public String wrong(WebClient learner) {
				return "";
			}

			@Override
			public String right(WebClient learner) {
				return "";
			}
		};
	}

	/** A numeric task: the wrong answer is off by one from the right one. */
	static TaskSolver numeric(java.util.function.ToLongFunction<WebClient> solve) {
		return new TaskSolver() {
			@Override
			public String wrong(WebClient learner) {
				return String.valueOf(solve.applyAsLong(learner) + 1);
			}

			@Override
			public String right(WebClient learner) {
				return String.valueOf(solve.applyAsLong(learner));
			}
		};
	}
}
