package org.consentlab.biometrics.bench;

import org.consentlab.biometrics.SearchProgress;
import org.consentlab.biometrics.iris.IrisGallery;

/**
 * Measures the heap a one-million-code iris gallery holds (target ≤ 300 MB): used heap after a
 * full collection, before and after building it. Run with the test classpath, e.g.
 * {@code java -Xmx1g -cp ... org.consentlab.biometrics.bench.GalleryFootprint}.
 */
public final class GalleryFootprint {

	private GalleryFootprint() {}

	public static void main(String[] args) throws InterruptedException {
		long before = usedAfterGc();
		IrisGallery gallery = IrisGallery.synthetic(2026, IrisGallery.MAX_SIZE, SearchProgress.NONE);
		long after = usedAfterGc();
		System.out.printf(
				"iris gallery of %,d codes: %,d bytes measured on the heap (%,d bytes by layout)%n",
				gallery.size(), after - before, gallery.footprintBytes());
	}

	private static long usedAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
