package org.consentlab.labs.scorecard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consentlab.account.Account;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.Subject;
import org.consentlab.registry.enrolment.Enrolments;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.querylog.QueryLog;
import org.consentlab.registry.querylog.WeekOfLife;
import org.consentlab.verifier.Transaction;
import org.consentlab.verifier.VerifierTransactions;
import org.consentlab.verifier.Verifiers;
import org.springframework.stereotype.Component;

/** Builds a learner's {@link Scorecard} from their own logs in both worlds; it stores nothing of its own. */
@Component
class Scorecards {

	private final RegistryWorld world;

	private final QueryLog log;

	private final Enrolments enrolments;

	private final Verifiers verifiers;

	private final VerifierTransactions transactions;

	Scorecards(
			RegistryWorld world,
			QueryLog log,
			Enrolments enrolments,
			Verifiers verifiers,
			VerifierTransactions transactions) {
		this.world = world;
		this.log = log;
		this.enrolments = enrolments;
		this.verifiers = verifiers;
		this.transactions = transactions;
	}

	Scorecard of(Account learner) {
		Subject subject = world.subjectOf(learner);
		List<WeekOfLife.Event> week = WeekOfLife.of(learner.seed(), subject.personId(), subject.year());
		List<QueryLog.Entry> about = log.about(learner.id(), subject.personId());
		List<Scorecard.Row> rows =
				week.stream().map(event -> row(learner, event, about)).toList();
		Set<DataCategory> held = enrolments.held(learner.id()).orElse(Set.of());
		return new Scorecard(rows, WeekOfLife.lived(about, week), held, Principle.order(learner.seed()));
	}

	/** Who can ask about the learner: the year's Registry parties, and the registered verifiers. */
	WhoCanAsk whoCanAsk(Account learner) {
		int year = world.subjectOf(learner).year();
		return new WhoCanAsk(
				year, AccessPolicy.inYear(year).access().size(), verifiers.all().size());
	}

	private Scorecard.Row row(Account learner, WeekOfLife.Event event, List<QueryLog.Entry> about) {
		Optional<QueryLog.Entry> logged = about.stream()
				.filter(entry -> entry.agency() == event.agency() && entry.at().equals(event.at()))
				.findFirst();
		Optional<Set<DataCategory>> answered =
				logged.filter(QueryLog.Entry::allowed).map(QueryLog.Entry::categories);
		Counterpart counterpart = Counterpart.of(event.agency());
		Optional<String> verifierId =
				counterpart.verifierId().filter(id -> verifiers.find(id).isPresent());
		Optional<Transaction> decided = verifierId.flatMap(id -> latestDecided(learner, id));
		return new Scorecard.Row(
				event.agency(),
				event.place(),
				event.at(),
				logged.isPresent(),
				answered,
				verifierId,
				counterpart.noCheckKey(),
				decided);
	}

	/** The newest presentation or refusal: the verifier's log lists newest first. */
	private Optional<Transaction> latestDecided(Account learner, String verifierId) {
		return transactions.of(learner.id(), verifierId).stream()
				.filter(tx -> tx.status() == Transaction.Status.VERIFIED || tx.status() == Transaction.Status.DECLINED)
				.findFirst();
	}
}
