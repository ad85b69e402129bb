package org.consentlab.registry.identification;

import java.util.List;
import org.consentlab.biometrics.LargeSearch;
import org.consentlab.biometrics.iris.IrisModel;

/**
 * What the L3 page and its script show of a scan: the step, its progress, and at the end the
 * candidates next to the false matches the formula E = N·FMR expects (FACTS.md §4; iris only,
 * where the engine's per-comparison FMR is the published model).
 */
public record ScanView(
		String id,
		ScanJob.State state,
		boolean finished,
		int percent,
		long done,
		long total,
		ScanJob.Request request,
		List<ScanJob.Hit> hits,
		int falseCandidates,
		boolean foundSelf,
		Double expectedFalse) {

	static ScanView of(ScanJob job) {
		long[] progress = job.progress();
		ScanJob.State step = job.step();
		ScanJob.Outcome outcome = step == ScanJob.State.DONE ? job.outcome : null;
		Double expected = job.request.modality() == Identification.Modality.IRIS
				? LargeSearch.expectedFalseMatches(
						IrisModel.falseMatchRate(job.request.threshold()), job.request.gallery() - 1L)
				: null;
		return new ScanView(
				job.id,
				step,
				step.finished(),
				job.percent(),
				progress[0],
				progress[1],
				job.request,
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
	 * Its arguments: the gallery size, then the progress in whole items and percent. They stay
	 * numbers, so the message formats them in the reader's locale (1,000,000 or 1.000.000).
	 */
	public Object[] labelArgs() {
		return new Object[] {request.gallery(), done, total, percent};
	}
}
