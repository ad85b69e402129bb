package org.consentlab.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** Family links of a population: a compact children index (CSR arrays) and the walks over it. */
final class Kinship {

	private final Population population;

	private int[] childStart;

	private int[] childList;

	Kinship(Population population) {
		this.population = population;
	}

	void index() {
		int n = this.population.size;
		int[] count = new int[n + 1];
		for (int id = 0; id < n; id++) {
			for (int parent : parentsOf(id)) {
				count[parent + 1]++;
			}
		}
		for (int i = 0; i < n; i++) {
			count[i + 1] += count[i];
		}
		int[] next = count.clone();
		int[] list = new int[count[n]];
		for (int id = 0; id < n; id++) {
			for (int parent : parentsOf(id)) {
				list[next[parent]++] = id;
			}
		}
		this.childStart = count;
		this.childList = list;
	}

	int[] children(int id) {
		return Arrays.copyOfRange(this.childList, this.childStart[id], this.childStart[id + 1]);
	}

	FamilyTies ties(int id) {
		List<Integer> parents = box(parentsOf(id));
		List<Integer> siblings = siblings(id);
		List<Integer> grandparents = expand(parents, this::parentsOf);
		List<Integer> children = box(children(id));
		List<Integer> auntsAndUncles = new ArrayList<>();
		for (int parent : parents) {
			auntsAndUncles.addAll(siblings(parent));
		}
		List<Integer> niecesAndNephews = expand(siblings, this::children);
		List<Integer> cousins = expand(auntsAndUncles, this::children);
		return new FamilyTies(
				parents,
				children,
				siblings,
				grandparents,
				expand(children, this::children),
				auntsAndUncles,
				niecesAndNephews,
				cousins);
	}

	/** Full siblings: other children of the same mother and father. */
	private List<Integer> siblings(int id) {
		int mum = this.population.mother[id];
		int dad = this.population.father[id];
		List<Integer> out = new ArrayList<>();
		if (mum < 0 || dad < 0) {
			return out;
		}
		for (int child : children(mum)) {
			if (child != id && this.population.father[child] == dad) {
				out.add(child);
			}
		}
		return out;
	}

	private int[] parentsOf(int id) {
		int mum = this.population.mother[id];
		int dad = this.population.father[id];
		if (mum < 0 && dad < 0) {
			return new int[0];
		}
		return mum < 0 ? new int[] {dad} : dad < 0 ? new int[] {mum} : new int[] {mum, dad};
	}

	private static List<Integer> expand(List<Integer> from, IntFunction<int[]> step) {
		Set<Integer> out = new LinkedHashSet<>();
		for (int id : from) {
			for (int next : step.apply(id)) {
				out.add(next);
			}
		}
		return new ArrayList<>(out);
	}

	private static List<Integer> box(int[] ids) {
		List<Integer> out = new ArrayList<>(ids.length);
		for (int id : ids) {
			out.add(id);
		}
		return out;
	}
}
