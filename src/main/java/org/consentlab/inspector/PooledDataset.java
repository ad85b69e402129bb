package org.consentlab.inspector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lab L10's pooled logs: what two verifiers received from synthetic visitors, drawn from the
 * learner's seed alone. Both learned only {@code age_over_18: true}, so the claims link no one; the
 * correlation handles do. Some visitors came to both with one reused credential (same issuer
 * signature, cnf key, status index and disclosure digest); others came to both with two members
 * of a batch (RFC 9901 §10.1: nothing in common); the rest came to one only.
 */
public final class PooledDataset {

	/** One presentation in a verifier's log, as the lab shows it. */
	public record Row(String label, String signature, String cnf, int statusIdx, String digest) {}

	private static final Pattern PAIR = Pattern.compile("([AB])\\s*(\\d+)\\s*[-–:=/]\\s*([AB])\\s*(\\d+)");

	private static final int ROWS = 6;

	private final List<Row> a;

	private final List<Row> b;

	private final List<String> links;

	private PooledDataset(List<Row> a, List<Row> b, List<String> links) {
		this.a = a;
		this.b = b;
		this.links = links;
	}

	public static PooledDataset of(long seed) {
		SplittableRandom random = new SplittableRandom(seed ^ 0x4c31304c);
		int reused = 2 + random.nextInt(2);
		int batched = 1 + random.nextInt(2);
		List<Row[]> both = new ArrayList<>();
		for (int i = 0; i < reused; i++) {
			Row row = row(random, "");
			both.add(new Row[] {row, row});
		}
		for (int i = 0; i < batched; i++) {
			both.add(new Row[] {row(random, ""), row(random, "")});
		}
		List<Row> a = new ArrayList<>();
		List<Row> b = new ArrayList<>();
		for (Row[] pair : both) {
			a.add(pair[0]);
			b.add(pair[1]);
		}
		while (a.size() < ROWS) {
			a.add(row(random, ""));
		}
		while (b.size() < ROWS) {
			b.add(row(random, ""));
		}
		Map<String, Integer> indexes = new HashMap<>();
		Set<Integer> used = new HashSet<>();
		for (Row row : a) {
			indexes.computeIfAbsent(row.signature(), s -> fresh(random, used));
		}
		for (Row row : b) {
			indexes.computeIfAbsent(row.signature(), s -> fresh(random, used));
		}
		a.replaceAll(
				row -> new Row(row.label(), row.signature(), row.cnf(), indexes.get(row.signature()), row.digest()));
		b.replaceAll(
				row -> new Row(row.label(), row.signature(), row.cnf(), indexes.get(row.signature()), row.digest()));
		List<Integer> orderA = shuffled(random);
		List<Integer> orderB = shuffled(random);
		List<Row> labelledA = new ArrayList<>();
		List<Row> labelledB = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			labelledA.add(relabel(a.get(orderA.get(i)), "A" + (i + 1)));
			labelledB.add(relabel(b.get(orderB.get(i)), "B" + (i + 1)));
		}
		List<String> links = new ArrayList<>();
		for (int i = 0; i < reused; i++) {
			links.add("A" + (orderA.indexOf(i) + 1) + "-B" + (orderB.indexOf(i) + 1));
		}
		Collections.sort(links);
		return new PooledDataset(List.copyOf(labelledA), List.copyOf(labelledB), List.copyOf(links));
	}

	public List<Row> a() {
		return a;
	}

	public List<Row> b() {
		return b;
	}

	/** Both logs, A then B. */
	public List<List<Row>> logs() {
		return List.of(a, b);
	}

	/** The linkable pairs, {@code A3-B1}, sorted. */
	public List<String> links() {
		return links;
	}

	/** The pairs in a learner's answer, normalised to {@code A3-B1} and sorted; "B1-A3" counts too. */
	public static List<String> pairs(String answer) {
		TreeSet<String> pairs = new TreeSet<>();
		Matcher m = PAIR.matcher(answer == null ? "" : answer.toUpperCase(Locale.ROOT));
		while (m.find()) {
			if (!m.group(1).equals(m.group(3))) {
				boolean aFirst = m.group(1).equals("A");
				pairs.add("A" + (aFirst ? m.group(2) : m.group(4)) + "-B" + (aFirst ? m.group(4) : m.group(2)));
			}
		}
		return List.copyOf(pairs);
	}

	/** A fresh visitor's row; status indexes are drawn without repeats, so only a reused credential shares one. */
	private static Row row(SplittableRandom random, String label) {
		return new Row(label, text(random, 16), text(random, 12), 0, text(random, 12));
	}

	private static int fresh(SplittableRandom random, Set<Integer> used) {
		int idx = random.nextInt(100_000);
		while (!used.add(idx)) {
			idx = random.nextInt(100_000);
		}
		return idx;
	}

	private static Row relabel(Row row, String label) {
		return new Row(label, row.signature(), row.cnf(), row.statusIdx(), row.digest());
	}

	private static List<Integer> shuffled(SplittableRandom random) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			order.add(i);
		}
		for (int i = ROWS - 1; i > 0; i--) {
			Collections.swap(order, i, random.nextInt(i + 1));
		}
		return order;
	}

	private static String text(SplittableRandom random, int length) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}
}
