package org.consentlab.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name lists of {@code population/names.txt}, flattened into one table of given names and
 * one of family names so a person stores two ints. Gendered origins derive the female family name
 * (Ivanov → Ivanova, Petrovsky → Petrovskaya).
 */
final class NameBook {

	record Origin(int[] female, int[] male, int[] family, boolean gendered) {}

	private static final NameBook INSTANCE = load();

	private final List<String> given = new ArrayList<>();

	private final List<String> family = new ArrayList<>();

	private final List<Boolean> familyGendered = new ArrayList<>();

	private final Map<String, Origin> origins = new HashMap<>();

	static NameBook get() {
		return INSTANCE;
	}

	Origin origin(String key) {
		Origin origin = this.origins.get(key);
		if (origin == null) {
			throw new IllegalStateException("No name list for origin " + key);
		}
		return origin;
	}

	String given(int index) {
		return this.given.get(index);
	}

	/** The family name at {@code index} in the form for {@code sex}. */
	String family(int index, Sex sex) {
		String name = this.family.get(index);
		if (!this.familyGendered.get(index) || sex == Sex.MALE) {
			return name;
		}
		if (name.endsWith("sky")) {
			return name.substring(0, name.length() - 1) + "aya";
		}
		return name.endsWith("ov") || name.endsWith("ev") || name.endsWith("in") ? name + "a" : name;
	}

	private static NameBook load() {
		NameBook book = new NameBook();
		String key = null;
		boolean gendered = false;
		Map<String, int[]> lists = new HashMap<>();
		for (String line : lines()) {
			if (line.startsWith("[")) {
				book.finish(key, gendered, lists);
				key = line.substring(1, line.indexOf(']'));
				gendered = line.contains("gendered");
				lists = new HashMap<>();
			} else {
				String kind = line.substring(0, line.indexOf(':'));
				List<String> target = kind.equals("family") ? book.family : book.given;
				String[] names = line.substring(line.indexOf(':') + 1).split(",");
				int[] indices = new int[names.length];
				for (int i = 0; i < names.length; i++) {
					indices[i] = target.size();
					target.add(names[i].trim());
					if (target == book.family) {
						book.familyGendered.add(gendered);
					}
				}
				lists.put(kind, indices);
			}
		}
		book.finish(key, gendered, lists);
		return book;
	}

	private void finish(String key, boolean gendered, Map<String, int[]> lists) {
		if (key != null) {
			this.origins.put(key, new Origin(lists.get("female"), lists.get("male"), lists.get("family"), gendered));
		}
	}

	static List<String> lines() {
		return readResource("/population/names.txt");
	}

	static List<String> readResource(String path) {
		try (InputStream in = NameBook.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + path);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
					.lines()
					.map(String::trim)
					.filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.toList();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
