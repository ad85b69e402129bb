package org.consentlab.population;

import java.util.Arrays;
import java.util.List;

/**
 * The relatives of one person in the population, by kind. Siblings are full siblings (same mother
 * and father); cousins are first cousins (children of a parent's sibling).
 */
public record FamilyTies(
		List<Integer> parents,
		List<Integer> children,
		List<Integer> siblings,
		List<Integer> grandparents,
		List<Integer> grandchildren,
		List<Integer> auntsAndUncles,
		List<Integer> niecesAndNephews,
		List<Integer> cousins) {

	public FamilyTies {
		parents = List.copyOf(parents);
		children = List.copyOf(children);
		siblings = List.copyOf(siblings);
		grandparents = List.copyOf(grandparents);
		grandchildren = List.copyOf(grandchildren);
		auntsAndUncles = List.copyOf(auntsAndUncles);
		niecesAndNephews = List.copyOf(niecesAndNephews);
		cousins = List.copyOf(cousins);
	}

	/** Parents, children and full siblings: the relatives an STR familial search can detect. */
	public List<Integer> firstDegree() {
		return concat(this.parents, this.children, this.siblings);
	}

	/** Everyone listed, from parents to cousins. */
	public List<Integer> all() {
		return concat(
				this.parents,
				this.children,
				this.siblings,
				this.grandparents,
				this.grandchildren,
				this.auntsAndUncles,
				this.niecesAndNephews,
				this.cousins);
	}

	@SafeVarargs
	private static List<Integer> concat(List<Integer>... lists) {
		return Arrays.stream(lists).flatMap(List::stream).toList();
	}
}
