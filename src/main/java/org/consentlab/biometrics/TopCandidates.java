package org.consentlab.biometrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A bounded collection of the best {@code k} (index, key) pairs, higher key first, ties to the
 * lower index. The order is total, so the kept set does not depend on the order of offers: chunks
 * scanned in parallel merge to the same answer on any number of cores. Not thread-safe; each
 * chunk fills its own and they are merged.
 */
public final class TopCandidates {

	private final int capacity;

	private final int[] indices;

	private final double[] keys;

	private int size;

	private int worstSlot = -1;

	public TopCandidates(int capacity) {
		this.capacity = capacity;
		this.indices = new int[capacity];
		this.keys = new double[capacity];
	}

	/** The key an offer must beat to enter once the collection is full ({@code -∞} before). */
	public double entryKey() {
		return this.size < this.capacity ? Double.NEGATIVE_INFINITY : this.keys[this.worstSlot];
	}

	/** Offers one pair; kept if among the best {@code k} seen so far. */
	public void offer(int index, double key) {
		if (this.size < this.capacity) {
			this.indices[this.size] = index;
			this.keys[this.size++] = key;
			if (this.size == this.capacity) {
				this.worstSlot = worst();
			}
			return;
		}
		int worst = this.worstSlot;
		if (better(index, key, this.indices[worst], this.keys[worst])) {
			this.indices[worst] = index;
			this.keys[worst] = key;
			this.worstSlot = worst();
		}
	}

	/** Adds every pair of {@code other} to this collection and returns it. */
	public TopCandidates merge(TopCandidates other) {
		for (int i = 0; i < other.size; i++) {
			offer(other.indices[i], other.keys[i]);
		}
		return this;
	}

	/** The kept pairs best first, each key turned back into the modality's score. */
	public List<Candidate> toCandidates(DoubleUnaryOperator keyToScore) {
		List<int[]> order = new ArrayList<>();
		for (int i = 0; i < this.size; i++) {
			order.add(new int[] {i});
		}
		order.sort(Comparator.comparingDouble((int[] s) -> -this.keys[s[0]]).thenComparingInt(s -> this.indices[s[0]]));
		List<Candidate> out = new ArrayList<>(this.size);
		for (int[] slot : order) {
			out.add(new Candidate(this.indices[slot[0]], keyToScore.applyAsDouble(this.keys[slot[0]])));
		}
		return out;
	}

	private int worst() {
		int worst = 0;
		for (int i = 1; i < this.size; i++) {
			if (better(this.indices[worst], this.keys[worst], this.indices[i], this.keys[i])) {
				worst = i;
			}
		}
		return worst;
	}

	private static boolean better(int index, double key, int otherIndex, double otherKey) {
		return key > otherKey || (key == otherKey && index < otherIndex);
	}
}
