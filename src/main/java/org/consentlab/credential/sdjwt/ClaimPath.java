package org.consentlab.credential.sdjwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to a claim: {@code address.locality} for a nested claim, {@code nationalities[1]} for one
 * array element and {@code nationalities[]} for every element. Issuers name the selectively
 * disclosable claims with paths, holders name the claims to disclose (RFC 9901 §7.2).
 */
public record ClaimPath(List<Segment> segments) {

	/** One step of a path: a property name, an array index, or every element of an array. */
	public sealed interface Segment permits Name, Index, AllElements {}

	/** A property of an object. */
	public record Name(String name) implements Segment {

		@Override
		public String toString() {
			return "." + this.name;
		}
	}

	/** One element of an array. */
	public record Index(int index) implements Segment {

		@Override
		public String toString() {
			return "[" + this.index + "]";
		}
	}

	/** Every element of an array. */
	public record AllElements() implements Segment {

		@Override
		public String toString() {
			return "[]";
		}
	}

	public ClaimPath {
		segments = List.copyOf(segments);
		if (segments.isEmpty() || !(segments.get(0) instanceof Name)) {
			throw new IllegalArgumentException("a claim path starts with a claim name");
		}
	}

	/** Parses {@code a.b[2].c} or {@code a[]}. */
	public static ClaimPath parse(String text) {
		List<Segment> segments = new ArrayList<>();
		for (String part : text.split("\\.", -1)) {
			int bracket = part.indexOf('[');
			String name = (bracket < 0) ? part : part.substring(0, bracket);
			if (name.isEmpty()) {
				throw new IllegalArgumentException("empty claim name in " + text);
			}
			segments.add(new Name(name));
			if (bracket >= 0) {
				addIndexes(segments, part.substring(bracket), text);
			}
		}
		return new ClaimPath(segments);
	}

	/** The path of the claim {@code name} under this one. */
	public ClaimPath child(String name) {
		return append(new Name(name));
	}

	/** The path of element {@code index} of the array at this path. */
	public ClaimPath element(int index) {
		return append(new Index(index));
	}

	/** The path with one top-level claim name. */
	public static ClaimPath of(String name) {
		return new ClaimPath(List.of(new Name(name)));
	}

	/**
	 * True when one path lies on the other's way: this selection names {@code concrete}, one of its
	 * ancestors, or one of its descendants ({@code []} matching any index).
	 */
	public boolean overlaps(ClaimPath concrete) {
		int common = Math.min(this.segments.size(), concrete.segments.size());
		for (int i = 0; i < common; i++) {
			if (!matches(this.segments.get(i), concrete.segments.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** True when this (possibly wildcard) path names exactly {@code concrete}. */
	public boolean matchesExactly(ClaimPath concrete) {
		return this.segments.size() == concrete.segments.size() && overlaps(concrete);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Segment segment : this.segments) {
			text.append(segment);
		}
		return text.substring(1);
	}

	private ClaimPath append(Segment segment) {
		List<Segment> longer = new ArrayList<>(this.segments);
		longer.add(segment);
		return new ClaimPath(longer);
	}

	private static boolean matches(Segment selection, Segment concrete) {
		if (selection instanceof AllElements) {
			return !(concrete instanceof Name);
		}
		if (concrete instanceof AllElements) {
			return !(selection instanceof Name);
		}
		return Objects.equals(selection, concrete);
	}

	private static void addIndexes(List<Segment> segments, String brackets, String text) {
		for (String index : brackets.substring(1).split("\\[", -1)) {
			if (!index.endsWith("]")) {
				throw new IllegalArgumentException("unclosed [ in " + text);
			}
			String digits = index.substring(0, index.length() - 1);
			try {
				segments.add(digits.isEmpty() ? new AllElements() : new Index(Integer.parseInt(digits)));
			} catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not an index: " + digits + " in " + text, ex);
			}
		}
	}
}
