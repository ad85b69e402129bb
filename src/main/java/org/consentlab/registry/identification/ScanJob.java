package org.consentlab.registry.identification;

import java.time.Instant;
import java.util.List;
import org.consentlab.biometrics.CancellationToken;

/**
 * One learner's real 1:N scan in lab L3, held in memory on the instance running it only while it
 * waits in line or runs: what was asked, which step it is on, how far that step has got. When it
 * ends, its state and candidates go to the database ({@link ScanJobStore}) and the instance lets go
 * of it and of its gallery. Steps and progress are written by the worker thread and read by the
 * learner's polls, so every field that changes is volatile.
 */
public final class ScanJob {

	/** Where a scan is: waiting for a free worker, then the three steps, then one of four ends. */
	public enum State {
		QUEUED,
		POPULATION,
		TEMPLATES,
		SEARCH,
		DONE,
		CANCELLED,
		TIMED_OUT,
		FAILED;

		public boolean finished() {
			return ordinal() >= DONE.ordinal();
		}
	}

	/** Which template of the learner's own person is the probe. */
	public enum Probe {

		/** The template stored at enrolment: the very same bits as the gallery's entry. */
		ENROLMENT,
		/** A new capture of the same trait, as at a border gate: noisy, slightly turned. */
		CAPTURE
	}

	/** What the learner asked for. */
	public record Request(Identification.Modality modality, int gallery, double threshold, Probe probe) {

		/** The shared gallery this request searches. */
		ScanGalleries.Key gallery(long seed) {
			return new ScanGalleries.Key(modality, gallery, seed);
		}
	}

	/** One candidate past the threshold: who, how close, and whether it is the learner's own person. */
	public record Hit(int galleryIndex, String name, double score, boolean self) {}

	/** The end of a finished scan: the candidates and how many templates were compared. */
	public record Outcome(List<Hit> hits, long compared, boolean foundSelf, int falseCandidates) {

		public Outcome {
			hits = List.copyOf(hits);
		}
	}

	final String id;

	final long accountId;

	final Request request;

	final int selfIndex;

	final Instant created;

	/** Its place in this instance's line: lower goes first. */
	final long queueSeq;

	final CancellationToken token = new CancellationToken();

	volatile State state = State.QUEUED;

	volatile long done;

	volatile long total;

	volatile ScanGalleries.Entry building;

	volatile ScanGalleries.Lease lease;

	volatile Outcome outcome;

	volatile Instant startedAt;

	volatile Instant finishedAt;

	ScanJob(String id, long accountId, Request request, int selfIndex, Instant created, long queueSeq) {
		this.id = id;
		this.accountId = accountId;
		this.request = request;
		this.selfIndex = selfIndex;
		this.created = created;
		this.queueSeq = queueSeq;
	}

	/** The step now, reading a shared gallery build's progress while it is under way. */
	State step() {
		ScanGalleries.Entry entry = this.building;
		State now = this.state;
		if (entry != null && (now == State.POPULATION || now == State.TEMPLATES)) {
			return entry.stage == ScanGalleries.Stage.POPULATION ? State.POPULATION : State.TEMPLATES;
		}
		return now;
	}

	/** Progress of the current step as {done, total}. */
	long[] progress() {
		ScanGalleries.Entry entry = this.building;
		State now = step();
		if (entry != null && (now == State.POPULATION || now == State.TEMPLATES)) {
			return new long[] {entry.done.get(), Math.max(entry.total.get(), 1)};
		}
		if (now == State.DONE) {
			return new long[] {1, 1};
		}
		return new long[] {this.done, Math.max(this.total, 1)};
	}

	/** Ends the scan with {@code end} unless it has already ended; true if this call ended it. */
	synchronized boolean end(State end, Instant at) {
		if (this.state.finished()) {
			return false;
		}
		this.state = end;
		this.finishedAt = at;
		if (end != State.DONE) {
			this.token.cancel();
		}
		return true;
	}

	/** Lets go of the gallery and its build, so an ended scan holds nothing but its outcome. */
	void letGo() {
		this.lease = null;
		this.building = null;
	}

	/** Moves to the next step unless the scan has already ended. */
	synchronized boolean advance(State next) {
		if (this.state.finished()) {
			return false;
		}
		this.state = next;
		return true;
	}
}
