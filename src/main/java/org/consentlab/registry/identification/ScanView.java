package org.consentlab.registry.identification;

import java.util.List;
import org.consentlab.biometrics.LargeSearch;
import org.consentlab.biometrics.iris.IrisModel;

/**
 * What the L3 page and its script show of a scan: its place in line while it waits, then the step
 * and its progress, and at the end the candidates next to the false matches the formula E = N·FMR
 * expects (/sources#base-rate; iris only, where the engine's per-comparison FMR is the published model).
 * Read from the running job on its own instance, or from the database on any other.
 *
 * @param position the scan's place in line (1 is next), 0 once it has left the line
 * @param waiting how many scans wait in that line
 */
public record ScanView(
		String id,
		ScanJob.State state,
		boolean finished,
		int percent,
		long done,
		long total,
		int position,
		int waiting,
		ScanJob.Request request,
		List<ScanJob.Hit> hits,
		int falseCandidates,
		boolean foundSelf,
		Double expectedFalse) {

	/** A job on this instance, waiting at {@code position} of {@code waiting} or under way. */
	static ScanView of(ScanJob job, int position, int waiting) {
		long[] progress = job.progress();
		ScanJob.State step = job.step();
		ScanJob.Outcome outcome = step == ScanJob.State.DONE ? job.outcome : null;
		return of(job.id, step, progress[0], progress[1], position, waiting, job.request, outcome);
	}

	static ScanView of(
			String id,
			ScanJob.State state,
			long done,
			long total,
			int position,
			int waiting,
			ScanJob.Request request,
			ScanJob.Outcome outcome) {
		long whole = Math.max(total, 1);
		long part = state == ScanJob.State.DONE ? whole : done;
		Double expected = request.modality() == Identification.Modality.IRIS
				? LargeSearch.expectedFalseMatches(
						IrisModel.falseMatchRate(request.threshold()), request.gallery() - 1L)
				: null;
		return new ScanView(
				id,
				state,
				state.finished(),
				(int) Math.min(100, (100 * part) / whole),
				part,
				whole,
				state == ScanJob.State.QUEUED ? position : 0,
				waiting,
				request,
				outcome == null ? List.of() : outcome.hits(),
				outcome == null ? 0 : outcome.falseCandidates(),
				outcome != null && outcome.foundSelf(),
				expected);
	}

	/** The message key of the status line. */
	public String labelKey() {
		return "registry.scan.state." + state.name();
	}

	/**
	 * Its arguments: the gallery size, the progress in whole items and percent, then the place in
	 * line and how many wait. They stay numbers, so the message formats them in the reader's locale
	 * (1,000,000 or 1.000.000).
	 */
	public Object[] labelArgs() {
		return new Object[] {request.gallery(), done, total, percent, position, waiting};
	}
}
