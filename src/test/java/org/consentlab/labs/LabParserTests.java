package org.consentlab.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabParserTests {

	private final LabParser parser = new LabParser();

	private static final Set<String> PARTS = Set.of("registry.scans", "registry.enrolment");

	// spotless:off (the YAML inside keeps its spaces)
	private static final String GOOD = """
			---
			id: L3
			title: One in a million
			world: registry
			minutes: 45
			difficulty: advanced
			prerequisites: [L1]
			resets: [registry.scans]
			objectives: [See false matches grow]
			tasks:
			  - id: L3.threshold
			    prompt: Which threshold? See [the chart](/registry).
			    answer: number
			    hints: [Look at the chart, Read the table]
			---
			## Step 1
			Read <script>alert(1)</script> and [the lab list](/labs).
			""";
	// spotless:on

	@Test
	void parseWhenWellFormedThenReadsFrontMatterTasksAndLinks() {
		Lab lab = parser.parse("test", GOOD);
		assertThat(lab.id()).isEqualTo("L3");
		assertThat(lab.number()).isEqualTo(3);
		assertThat(lab.tasks()).singleElement().satisfies(task -> {
			assertThat(task.id()).isEqualTo("L3.threshold");
			assertThat(task.answer()).isEqualTo(Task.AnswerKind.NUMBER);
			assertThat(task.hints()).containsExactly("Look at the chart", "Read the table");
		});
		assertThat(lab.links()).containsExactlyInAnyOrder("/labs", "/registry");
	}

	@Test
	void parseWhenMarkdownHasRawHtmlThenItIsEscaped() {
		assertThat(parser.parse("test", GOOD).bodyHtml())
				.contains("&lt;script&gt;")
				.doesNotContain("<script>");
	}

	@Test
	void parseWhenNoFrontMatterThenSaysSo() {
		assertThatThrownBy(() -> parser.parse("x.md", "# Just text"))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("x.md")
				.hasMessageContaining("front matter");
	}

	@Test
	void parseWhenTaskIdMalformedThenNamesTheTask() {
		String bad = GOOD.replace("id: L3.threshold", "id: threshold");
		assertThatThrownBy(() -> parser.parse("x.md", bad))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("threshold");
	}

	@Test
	void parseWhenHintHasAnUnquotedColonThenNamesTheFixInsteadOfShowingAMap() {
		String bad = GOOD.replace(
				"hints: [Look at the chart, Read the table]", "hints:\n      - Count the rows marked A: false match");
		assertThatThrownBy(() -> parser.parse("x.md", bad))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("x.md")
				.hasMessageContaining("in quotes");
	}

	@Test
	void parseWhenYamlIsHostileThenRefusedWithoutRunningIt() {
		String hostile = "---\nid: !!java.lang.ProcessBuilder [[\"true\"]]\n---\n";
		assertThatThrownBy(() -> parser.parse("x.md", hostile)).isInstanceOf(LabFormatException.class);
		String bomb =
				"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
						+ "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n";
		assertThatThrownBy(() -> parser.parse("x.md", bomb)).isInstanceOf(LabFormatException.class);
	}

	@Test
	void catalogueWhenTaskHasNoCheckThenStartupFails() {
		Lab lab = parser.parse("test", GOOD);
		assertThatThrownBy(() -> new LabCatalogue(List.of(lab), List.of(), PARTS))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("L3.threshold has no check");
	}

	@Test
	void catalogueWhenCheckBelongsToNoTaskThenStartupFails() {
		Lab lab = parser.parse("test", GOOD);
		assertThatThrownBy(
						() -> new LabCatalogue(List.of(lab), List.of(check("L3.threshold"), check("L3.orphan")), PARTS))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("L3.orphan");
	}

	@Test
	void catalogueWhenBoundThenFindsCheckByTaskId() {
		Lab lab = parser.parse("test", GOOD);
		TaskCheck check = check("L3.threshold");
		LabCatalogue catalogue = new LabCatalogue(List.of(lab), List.of(check), PARTS);
		assertThat(catalogue.checkFor(lab.tasks().get(0))).isSameAs(check);
	}

	@Test
	void parseWhenResetsListedThenReadsPartIds() {
		assertThat(parser.parse(
								"test",
								GOOD.replace(
										"resets: [registry.scans]", "resets: [registry.scans, registry.enrolment]"))
						.resets())
				.containsExactly("registry.scans", "registry.enrolment");
		assertThat(parser.parse("test", GOOD.replace("resets: [registry.scans]", "resets: []"))
						.resets())
				.isEmpty();
	}

	@Test
	void parseWhenResetsMissingThenSaysSo() {
		assertThatThrownBy(() -> parser.parse("x.md", GOOD.replace("resets: [registry.scans]\n", "")))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("x.md")
				.hasMessageContaining("'resets'");
	}

	@Test
	void catalogueWhenResetNamesUnknownPartThenStartupFailsNamingIt() {
		Lab lab = parser.parse(
				"test", GOOD.replace("resets: [registry.scans]", "resets: [registry.scans, registry.scanz]"));
		assertThatThrownBy(() -> new LabCatalogue(List.of(lab), List.of(check("L3.threshold")), PARTS))
				.isInstanceOf(LabFormatException.class)
				.hasMessageContaining("L3")
				.hasMessageContaining("'registry.scanz'");
	}

	private static TaskCheck check(String id) {
		return new TaskCheck() {
			@Override
			public String taskId() {
				return id;
			}

			@Override
			public CheckResult check(org.consentlab.account.Account learner, String answer) {
				return CheckResult.fail("never");
			}
		};
	}
}
