package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.consentlab.registry.Agency;
import org.consentlab.registry.DataCategory;
import org.consentlab.registry.RegistryQuery;
import org.consentlab.registry.policy.AccessPolicy;
import org.consentlab.registry.policy.AgencyAuthorization;
import org.consentlab.registry.querylog.WeekOfLife;
import org.consentlab.sandbox.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What lab L2 says about the simulated week is what the week does, over many personas: whether a
 * week has a refused query depends on the year and on what the checkpoints ask (so the text must
 * tell a learner without one how to make one, and that must be possible in every year), and the
 * count L2 asks for differs between personas of one year, so a classmate's count is no answer.
 */
class WeekWordingTests {

	private static final int PERSONAS = 400;

	/** Per year: the L2 count of each persona, and whether their week had a refused query. */
	private static final Map<Integer, List<long[]>> BY_YEAR = new TreeMap<>();

	private static String lab;

	@BeforeAll
	static void live() throws IOException {
		for (long seed = 1; seed <= PERSONAS; seed++) {
			Persona persona = Persona.of(seed * 0x9E37_79B9L);
			AgencyAuthorization rules = new AgencyAuthorization(AccessPolicy.inYear(persona.year()));
			long fullProfiles = 0;
			long refused = 0;
			for (WeekOfLife.Event event : WeekOfLife.of(seed * 0x9E37_79B9L, persona.personId(), persona.year())) {
				RegistryQuery query = event.query(persona.personId(), persona.fullName(), "test");
				boolean allowed = rules.refusal(query).isEmpty();
				refused += allowed ? 0 : 1;
				fullProfiles += allowed
								&& query.mode() == RegistryQuery.Mode.E_KYC
								&& query.need() == RegistryQuery.Need.ONE_FACT
						? 1
						: 0;
			}
			BY_YEAR.computeIfAbsent(persona.year(), y -> new java.util.ArrayList<>())
					.add(new long[] {fullProfiles, refused});
		}
		try (var dirs = Files.list(Path.of("labs"))) {
			Path dir = dirs.filter(d -> d.getFileName().toString().startsWith("l02-"))
					.findFirst()
					.orElseThrow();
			lab = Files.readString(dir.resolve("lab.md"), StandardCharsets.UTF_8)
					.replaceAll("\\s+", " ");
		}
	}

	@Test
	void l2WhenSomeWeeksHaveNoRefusedQueryThenTheTextSaysHowToMakeOne() {
		boolean someWithout = BY_YEAR.values().stream().flatMap(List::stream).anyMatch(persona -> persona[1] == 0);
		assertThat(someWithout).as("a week without a refused query exists").isTrue();
		assertThat(lab)
				.as("L2 tells a learner whose week has no refused row to make one")
				.contains("Your week may have no refused row at all.")
				.contains("If your log has no refused row, make one: in [Query the Registry](/registry/query)");
		for (int year = AccessPolicy.FIRST_YEAR; year <= AccessPolicy.LAST_YEAR; year++) {
			AccessPolicy policy = AccessPolicy.inYear(year);
			boolean someRefusal = false;
			for (Agency agency : Agency.values()) {
				for (DataCategory category : DataCategory.values()) {
					someRefusal |= !policy.allows(agency, category);
				}
			}
			assertThat(someRefusal)
					.as("in %d some party may not read some data, so a refused query can be made", year)
					.isTrue();
		}
	}

	@Test
	void l2WhenTextSaysRefusalsDependOnTheCheckpointsThenOneYearHasWeeksOfBothKinds() {
		assertThat(lab).contains("depends on your year and on what each checkpoint asked for");
		boolean bothInOneYear = BY_YEAR.values().stream().anyMatch(personas -> {
			Set<Boolean> kinds = new HashSet<>();
			personas.forEach(p -> kinds.add(p[1] > 0));
			return kinds.size() == 2;
		});
		assertThat(bothInOneYear)
				.as("within one year, some weeks have a refused query and some do not")
				.isTrue();
	}

	@Test
	void l2WhenPersonasShareAYearThenTheirCountsStillDiffer() {
		Map<Integer, Set<Long>> counts = new HashMap<>();
		BY_YEAR.forEach((year, personas) -> personas.forEach(
				p -> counts.computeIfAbsent(year, y -> new HashSet<>()).add(p[0])));
		assertThat(counts).hasSize(AccessPolicy.LAST_YEAR - AccessPolicy.FIRST_YEAR + 1);
		counts.forEach((year, values) ->
				assertThat(values).as("L2 counts of personas of %d", year).hasSizeGreaterThanOrEqualTo(3));
	}
}
